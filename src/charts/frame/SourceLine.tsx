/**
 * One source line in React-rendered chart parts (the timeline's event panel). The same words and markup as
 * components/source/SourceEntry.astro, from lib/source-line.ts; styled by components/source/source-line.css, which
 * every chart page loads through the chart frame's source line.
 */
import { sourceLineParts, PRIMARY_MARK, type SourceLineInput } from '../../lib/source-line';

export function SourceLine({ source }: { source: SourceLineInput }) {
  const p = sourceLineParts(source);
  return (
    <span className="source-line">
      {p.primary && (
        <>
          <span className="src-primary">{PRIMARY_MARK}</span>{' '}
        </>
      )}
      <span className="src-publisher">{p.publisher}</span>
      {', '}
      {p.href ? (
        <a href={p.href} rel="noopener">
          {p.title}
        </a>
      ) : (
        <cite>{p.title}</cite>
      )}
      {p.date && `, ${p.date}`}
      {p.readVia && (
        <>
          {' '}
          <span className="src-via">{`(${p.readVia})`}</span>
        </>
      )}
    </span>
  );
}
