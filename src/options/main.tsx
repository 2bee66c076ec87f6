import { mount } from '../ui/mount.ts';
import { App } from './App.tsx';
import './options.css';

mount(<App />);
