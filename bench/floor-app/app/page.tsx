export default function Page() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>A static page with no client component.</p>
    </main>
  );
}
