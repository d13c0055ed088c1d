import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, as the reader calls it: "chart", "table". */
  what: string;
  /** Makes the next render load the part afresh (RetryableLazy.reload). */
  reload: () => void;
  /** Whether the page around it goes on working (false where nothing is on screen yet). */
  kept?: boolean;
  /**
   * What still shows the part without its code (the static chart): kept on screen under a short
   * message, since only what the code adds is missing.
   */
  stillDrawn?: ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Around each lazily loaded part: if its code cannot be fetched (offline, blocked) or it throws,
 * this box says so and offers a Retry, while the controls, totals and the reader's choices, which
 * live outside it, keep working.
 */
export class LazyBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private retry = () => {
    this.props.reload();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.stillDrawn)
      return (
        <>
          <div className="lazy-failed lazy-failed--inline" role="alert">
            <p className="lazy-failed__text">
              <strong>The interactive {this.props.what} could not be loaded</strong>: the {this.props.what} below is complete, but its
              tooltips and arrow keys need code that did not arrive. Check your connection, then try again.
            </p>
            <button type="button" className="button" onClick={this.retry}>
              Retry
            </button>
          </div>
          {this.props.stillDrawn}
        </>
      );
    return (
      <div className="figure__placeholder lazy-failed" role="alert">
        <p className="lazy-failed__title">The {this.props.what} could not be loaded</p>
        <p className="lazy-failed__text">
          Check your connection, then try again.{this.props.kept === false ? '' : ' Your choices, the controls and the totals are kept.'}
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}
