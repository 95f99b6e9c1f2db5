// English strings of the charts' text alternatives (issue #8): the data-table toggle under a chart.
export const a11yEn = {
  table: {
    toggle: 'Data as a table',
    caption: '{{title}}. {{note}}',
    all: '{{count}} rows.',
    sampled: '{{count}} rows: showing 1 in every {{every}}, and the last.',
    empty: 'No data yet.',
    point: 'point',
    step: 'step',
    cluster: 'cluster',
    path: '{{title}}: the path of {{run}}; {{minimum}}: {{loss}} at w = {{w}}, b = {{b}}',
    residual: 'residual ŷ − y',
    heldOut: 'held out',
    yes: 'yes',
    no: 'no',
  },
};
