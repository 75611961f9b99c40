import { itemsByLayer, layerOwner } from '@/domain/model';
import type { Category, Layer, Owner, ResponsibilityItem } from '@/domain/schema';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import owners from '@/components/ui/Owner.module.css';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import { useRouteLinks, type RouteLinkProps } from '@/components/ui/route-links';
import { en } from '@/strings/en';
import styles from './ModelPage.module.css';

const BANDS: readonly { owner: Owner; title: string; layers: readonly Layer[] }[] = [
  { owner: 'customer', title: en.model.inBand, layers: ['customer-data', 'platform-apps-iam', 'os-network-firewall', 'encryption-protection'] },
  { owner: 'aws', title: en.model.ofBand, layers: ['aws-software', 'aws-infrastructure'] },
];

function Chip({ item, band, link }: { item: ResponsibilityItem; band?: Owner; link: (to: string) => RouteLinkProps }) {
  return (
    <li>
      <a className={styles.chip} {...link(`/items/${item.id}`)}>
        {item.duty}
        {item.owner === band ? null : (
          <>
            {' '}
            <OwnerBadge owner={item.owner} />
          </>
        )}
      </a>
    </li>
  );
}

/**
 * AWS's classic picture: the customer's band above AWS's, each item in its
 * layer. Items outside the picture (testing rules, compliance, per-service
 * rules) follow, grouped by category. An item whose owner differs from its
 * band's carries its own badge.
 */
export function ModelDiagram({ items, categories }: { items: readonly ResponsibilityItem[]; categories: readonly Category[] }) {
  const byLayer = itemsByLayer(items);
  const unplaced = categories
    .map((category) => ({ category, items: items.filter((item) => !item.layer && item.category === category.id) }))
    .filter((group) => group.items.length > 0);
  const { link, onClick } = useRouteLinks();
  return (
    // Its links are followed by one handler here (see useRouteLinks); the anchors themselves take the keyboard.
    <div className={styles.diagram} onClick={onClick}>
      {BANDS.map((band) => (
        <section key={band.owner} className={`${styles.band} ${owners[band.owner]}`} aria-labelledby={`band-${band.owner}`}>
          <h2 id={`band-${band.owner}`} className={styles.bandTitle}>
            <OwnerIcon owner={band.owner} />
            {band.title}
          </h2>
          {band.layers.map((layer) => {
            const layerItems = byLayer.get(layer) ?? [];
            return (
              <div key={layer} className={styles.layer} data-owner={layerOwner(layer)}>
                <h3 className={styles.layerTitle}>
                  {en.layer[layer]} <span className={styles.count}>({en.model.itemsInLayer(layerItems.length)})</span>
                </h3>
                {layerItems.length ? (
                  <ul className={styles.chips}>
                    {layerItems.map((item) => (
                      <Chip key={item.id} item={item} band={band.owner} link={link} />
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
      {unplaced.length ? (
        <section className={styles.beyond} aria-labelledby="beyond">
          <h2 id="beyond" className={styles.bandTitle}>
            {en.model.beyondTitle}
          </h2>
          <p className={styles.beyondLead}>{en.model.beyondLead}</p>
          {unplaced.map((group) => (
            <div key={group.category.id} className={styles.layer}>
              <h3 className={styles.layerTitle}>
                {group.category.name} <span className={styles.count}>({en.model.itemsInLayer(group.items.length)})</span>
              </h3>
              <ul className={styles.chips}>
                {group.items.map((item) => (
                  <Chip key={item.id} item={item} link={link} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
