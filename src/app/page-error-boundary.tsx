import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error-page';

/**
 * When a page itself fails (say its code could not load offline), the patient still
 * sees the emergency numbers and a way to try again.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  constructor(props: { children: ReactNode }) {
    super(props);
    // Set here rather than as a class field, which would bring a helper into the landing page's bytes.
    this.state = { failed: false };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
