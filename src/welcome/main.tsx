import { mount } from '../ui/mount.ts';
import { App } from './App.tsx';
import './welcome.css';

mount(<App />);
