import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PanelError } from './PanelError';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** One per panel: a panel that throws shows a message; the header and other tabs keep working. */
export class PanelErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('panel crashed:', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return <PanelError error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
