// Module-level selectors (stable identities, so components re-render only on what they read).
// Settings (what a link restores) and runtime state (what changes on every animation frame)
// are separate slices: a component that reads the replayed step does not read the settings
// object, and the reverse.
import type { AppState } from './store';

export const selectTab = (s: AppState) => s.tab;
export const selectLang = (s: AppState) => s.lang;
export const selectTheme = (s: AppState) => s.theme;
export const selectBackend = (s: AppState) => s.backend;

// Train
export const selectTrain = (s: AppState) => s.train;
export const selectTrainModel = (s: AppState) => s.train.model;
export const selectStep = (s: AppState) => s.trainRuntime.step;
export const selectPlaying = (s: AppState) => s.trainRuntime.playing;
export const selectHover = (s: AppState) => s.trainRuntime.hover;
export const selectGhosts = (s: AppState) => s.trainRuntime.ghosts;
export const selectDragging = (s: AppState) => s.trainRuntime.dragging;
export const selectSpeed = (s: AppState) => s.train.speed;

// Explore
export const selectExploreDrafts = (s: AppState) => s.exploreRuntime.drafts;
export const selectExploreNotice = (s: AppState) => s.exploreRuntime.notice;

// Applications
export const selectKMeansRun = (s: AppState) => s.applicationsRuntime.kmeans;
export const selectClassifierRun = (s: AppState) => s.applicationsRuntime.classifier;
