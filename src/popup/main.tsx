import { mount } from '../ui/mount.ts';
import { App } from './App.tsx';

mount(<App />);
