/**
 * The playground embedded in a lesson: the scenario's goal, the request builder, the response
 * and its trace, and a link to the full page. The Admin Console is not loaded here.
 */
import './playground.css';
import { Intro } from './Intro';
import { RequestBuilder } from './RequestBuilder';
import { ResponseView } from './ResponseView';
import { usePlayground, type PlaygroundProps } from './usePlayground';

export default function PlaygroundCompact(props: PlaygroundProps) {
  const state = usePlayground(props);
  const { api, spec } = state;
  return (
    <div class="pg pg-compact" data-ready={api.session ? '' : undefined}>
      <Intro state={state} />
      <RequestBuilder api={api} custom={state.custom} setCustom={state.setCustom} />
      <ResponseView res={state.res} uid={api.uid} />
      <p>
        <a href={`/playground/?scenario=${spec.id}`}>Open in the full playground</a>
      </p>
    </div>
  );
}
