#!/usr/bin/env node
import { createRequire as __memleakCreateRequire } from 'node:module';
const require = __memleakCreateRequire(import.meta.url);
import {
  openStorage
} from "./chunk-SSUKK2PU.js";
import "./chunk-Q3SRETAW.js";
export {
  openStorage
};
