import { Link, useParams } from 'react-router';
import { neighbours } from '@/domain/model';
import { SERVICES } from '@/domain/vocabulary';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { Page } from '@/components/ui/Page';
import { useContent } from '@/store/content';
import { en } from '@/strings/en';
import styles from './ItemPage.module.css';

export function ItemPage() {
  const { itemId = '' } = useParams();
  const { items, categories, sources } = useContent();
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) {
    return (
      <Page title={en.item.notFoundTitle} lead={en.item.notFoundText(itemId)}>
        <Link to="/model">{en.item.backToModel}</Link>
      </Page>
    );
  }
  const category = categories.find((c) => c.id === item.category);
  const source = sources.find((s) => s.id === item.source.ref);
  const references = (item.references ?? []).flatMap((id) => sources.filter((s) => s.id === id && s.id !== source?.id));
  const { previous, next } = neighbours(items, item.id);
  const services = SERVICES.flatMap((service) => {
    const entry = item.byService?.[service];
    return entry ? [{ service, ...entry }] : [];
  });

  return (
    <Page title={item.duty}>
      <dl className={styles.facts}>
        <div>
          <dt>{en.item.owner}</dt>
          <dd>
            <OwnerBadge owner={item.owner} size="large" />
            <span className={styles.ownerLong}>{en.ownerLong[item.owner]}</span>
          </dd>
        </div>
        <div>
          <dt>{en.item.category}</dt>
          <dd>
            <Link to={`/model?category=${item.category}`}>{category?.name}</Link>
          </dd>
        </div>
        {item.controlType ? (
          <div>
            <dt>{en.item.controlTypeLabel}</dt>
            <dd>{en.controlType[item.controlType]}</dd>
          </div>
        ) : null}
        {item.penTest ? (
          <div>
            <dt>{en.item.penTestLabel}</dt>
            <dd>{en.penTest[item.penTest]}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="why">
        <h2 id="why">{en.item.why}</h2>
        <p>{item.explanation}</p>
      </section>

      {item.misconception ? (
        <section className={styles.misconception} aria-labelledby="misconception">
          <h2 id="misconception">{en.item.misconception}</h2>
          <p>{item.misconception}</p>
        </section>
      ) : null}

      {services.length ? (
        <section aria-labelledby="by-service">
          <h2 id="by-service">{en.item.byServiceTitle}</h2>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className="visually-hidden">{en.item.byServiceCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{en.item.serviceColumn}</th>
                  <th scope="col">{en.item.ownerColumn}</th>
                  <th scope="col">{en.item.noteColumn}</th>
                </tr>
              </thead>
              <tbody>
                {services.map((row) => (
                  <tr key={row.service}>
                    <th scope="row">{en.service[row.service]}</th>
                    <td>
                      <OwnerBadge owner={row.owner} />
                    </td>
                    <td>{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="source">
        <h2 id="source">{en.item.sourceTitle}</h2>
        {item.source.quote ? (
          <figure className={styles.quote}>
            <blockquote>
              <p>{item.source.quote}</p>
            </blockquote>
            <figcaption>{en.item.quoteFrom(source?.title ?? item.source.ref)}</figcaption>
          </figure>
        ) : source?.url ? (
          <p>
            <a href={source.url}>{source.title}</a>
          </p>
        ) : null}
        {references.length ? (
          <>
            <h3 className={styles.subheading}>{en.item.referencesTitle}</h3>
            <ul>
              {references.map((reference) => (
                <li key={reference.id}>{reference.url ? <a href={reference.url}>{reference.title}</a> : reference.title}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <nav className={styles.pager} aria-label={en.item.pagerLabel}>
        {previous ? (
          <Link to={`/items/${previous.id}`} rel="prev">
            <span className={styles.pagerLabel}>{en.item.previous}</span>
            {previous.duty}
          </Link>
        ) : (
          <span />
        )}
        <Link to="/model">{en.item.backToModel}</Link>
        {next ? (
          <Link to={`/items/${next.id}`} rel="next">
            <span className={styles.pagerLabel}>{en.item.next}</span>
            {next.duty}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </Page>
  );
}
