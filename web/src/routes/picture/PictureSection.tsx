// Placeholder: replaced by the screen of this part of the picture of the youth.
export function PictureSection(_props: { youthId: string }) {
  return null;
}
