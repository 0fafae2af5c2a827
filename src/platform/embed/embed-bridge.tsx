import { useEmbedBridge } from './use-embed-bridge';

/**
 * The embedding bridge as a component, so the layout can load it only when the app is
 * framed: patients who open Front Door directly never download it, nor the practice
 * query and schema it needs before the first paint.
 */
export default function EmbedBridge() {
  useEmbedBridge(true);
  return null;
}
