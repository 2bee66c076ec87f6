import { mount } from '../ui/mount.ts';

function App() {
  return <h1>Backstory options</h1>;
}
mount(<App />);
