import { mount } from '../ui/mount.ts';

function App() {
  return <h1>Backstory welcome</h1>;
}
mount(<App />);
