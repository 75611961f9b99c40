import { Link } from 'react-router';
import { itemsByLayer, layerOwner } from '@/domain/model';
import type { Layer, Owner, ResponsibilityItem } from '@/domain/schema';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import { en } from '@/strings/en';
import styles from './ModelPage.module.css';

const BANDS: readonly { owner: Owner; title: string; layers: readonly Layer[] }[] = [
  { owner: 'customer', title: en.model.inBand, layers: ['customer-data', 'platform-apps-iam', 'os-network-firewall', 'encryption-protection'] },
  { owner: 'aws', title: en.model.ofBand, layers: ['aws-software', 'aws-infrastructure'] },
];

/** AWS's classic picture: the customer's band above AWS's, each item in its layer. */
export function ModelDiagram({ items }: { items: readonly ResponsibilityItem[] }) {
  const byLayer = itemsByLayer(items);
  return (
    <div className={styles.diagram}>
      {BANDS.map((band) => (
        <section key={band.owner} className={`${styles.band} ${styles[band.owner]}`} aria-labelledby={`band-${band.owner}`}>
          <h3 id={`band-${band.owner}`} className={styles.bandTitle}>
            <OwnerIcon owner={band.owner} />
            {band.title}
          </h3>
          {band.layers.map((layer) => {
            const layerItems = byLayer.get(layer) ?? [];
            return (
              <div key={layer} className={styles.layer} data-owner={layerOwner(layer)}>
                <h4 className={styles.layerTitle}>
                  {en.layer[layer]} <span className={styles.count}>({en.model.itemsInLayer(layerItems.length)})</span>
                </h4>
                <ul className={styles.chips}>
                  {layerItems.map((item) => (
                    <li key={item.id}>
                      <Link className={styles.chip} to={`/items/${item.id}`}>
                        {item.duty}
                        {item.owner === band.owner ? null : <span className={styles.chipOwner}> ({en.owner[item.owner]})</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
