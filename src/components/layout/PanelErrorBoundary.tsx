import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from '../panels';
import { PanelError } from './PanelError';

interface Props {
  children: ReactNode;
  /** Called by Retry instead of a plain reset (the host remounts the boundary). */
  onRetry?: () => void;
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
    // A failed download is not a bug of ours: a warning, and the panel offers a retry.
    if (error instanceof ChunkLoadError) console.warn('panel code failed to load:', error.message);
    else console.error('panel crashed:', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <PanelError
          error={this.state.error}
          onRetry={() =>
            this.props.onRetry ? this.props.onRetry() : this.setState({ error: null })
          }
        />
      );
    }
    return this.props.children;
  }
}
