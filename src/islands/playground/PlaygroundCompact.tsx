/**
 * The playground embedded in a lesson: the scenario's goal, the request builder, the response
 * and its trace, and a link to the full page. The Admin Console is not loaded here.
 */
import './playground.css';
import { Intro } from './Intro.tsx';
import { RequestBuilder } from './RequestBuilder.tsx';
import { ResponseView } from './ResponseView.tsx';
import { reveal } from './reveal.ts';
import { usePlayground, type PlaygroundProps } from './use-playground.ts';
import { useStore } from './use-store.ts';

export default function PlaygroundCompact(props: PlaygroundProps) {
  // The answer is just below "Send request": it is scrolled to only if it is out of view.
  const { store, response } = usePlayground(props, () =>
    reveal(document.getElementById(`${props.uid}-status`), 'nearest'),
  );
  const ready = useStore(store, (s) => s.ready);
  const id = useStore(store, (s) => s.spec.id);
  return (
    <div class="pg pg-compact" data-ready={ready ? '' : undefined}>
      <Intro store={store} />
      <RequestBuilder store={store} uid={props.uid} />
      <ResponseView res={response} uid={props.uid} />
      <p>
        <a href={`/playground/?scenario=${id}`}>Open in the full playground</a>
      </p>
    </div>
  );
}
