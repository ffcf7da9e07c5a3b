/**
 * A JWT's header or claims as a table: name, value, and a third column that says what the claim
 * is for. The JWT inspector explains each claim's meaning and the token request states the rule
 * the app must follow, so the caller names that column and picks its text from the row.
 */

/** The columns every claim row has; `when` is a time claim's date in words. */
interface ClaimLike {
  name: string;
  value: string;
  when?: string;
}

interface Props<R extends ClaimLike> {
  caption: string;
  rows: readonly R[];
  /** The third column's heading, for example "Meaning" or "Rule". */
  noteHeading: string;
  note: (row: R) => string;
}

export function ClaimTable<R extends ClaimLike>({ caption, rows, noteHeading, note }: Props<R>) {
  return (
    <div class="pg-scroll">
      <table class="pg-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">{noteHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <code>{r.name}</code>
              </th>
              <td>
                <code class="pg-wrap">{r.value}</code>
                {r.when && (
                  <>
                    <br />
                    <small>{r.when}</small>
                  </>
                )}
              </td>
              <td>{note(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
