/**
 * The playground embedded in a lesson: the scenario's goal, the request builder, the response
 * and its trace, and a link to the full page. The Admin Console is not loaded here.
 */
import './playground.css';
import { Intro } from './Intro.tsx';
import { RequestBuilder } from './RequestBuilder.tsx';
import { ResponseView } from './ResponseView.tsx';
// Imported last: the bundler names the chunk this island shares with the full page after it, and
// tests/e2e/site.spec.ts recognises playground code by "Playground" in script names.
import { PlaygroundIsland } from './PlaygroundIsland.ts';

export default class PlaygroundCompact extends PlaygroundIsland {
  override render() {
    const { state } = this;
    return (
      <div class="pg pg-compact" data-ready={this.state.ready ? '' : undefined}>
        <Intro state={state} goal={this.goal()} />
        <RequestBuilder api={this} custom={state.custom} setCustom={(custom) => this.setState({ custom })} />
        <ResponseView res={state.res} uid={this.uid} />
        <p>
          <a href={`/playground/?scenario=${state.spec.id}`}>Open in the full playground</a>
        </p>
      </div>
    );
  }
}
