// Placeholder: replaced by the screen of this part of the picture of the youth.
export function MyPlanPage() {
  return null;
}
