import { ActionsSection } from './meetings/ActionsSection';
import { WrapAroundSection } from './meetings/WrapAroundSection';
import { PlanSection } from './PlanSection';

/**
 * The youth file's plan tab: the plan (veranderplan / ondersteuningsplan) with its signatures
 * and versions, then the wrap-around meetings, then the agreed actions from both.
 */
export function PlanTab({ youthId }: { youthId: string }) {
  return (
    <>
      <PlanSection youthId={youthId} />
      <WrapAroundSection youthId={youthId} />
      <ActionsSection youthId={youthId} />
    </>
  );
}
