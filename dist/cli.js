#!/usr/bin/env node
import { createRequire as __memleakCreateRequire } from 'node:module';
const require = __memleakCreateRequire(import.meta.url);
import {
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_THRESHOLDS,
  analyze,
  clip,
  compare,
  compareText,
  encodePath,
  escapeHtml,
  escapeMarkdown,
  escapePlainMarkdown,
  failureCauses,
  fitReport,
  formatBytes,
  formatCount,
  formatCycles,
  formatObjectGrowth,
  formatRetainer,
  generateApiToken,
  hashApiToken,
  isHeapLeakKind,
  isUnjudged,
  jsonForScript,
  mbh,
  mermaidLabel,
  parseReport,
  policyOf,
  rateNumber,
  repoParams,
  resolveThresholds,
  statusDetail,
  statusHeadline,
  visibleText
} from "./cli-chunks/chunk-OGAMGQ3Q.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunks/chunk-KUK5EE3H.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading2, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading2), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading2) {
        this.helpGroupHeading = heading2;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command3 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index2) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index2 < this.args.length) {
              value = this.args.slice(index2);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index2 < this.args.length) {
            value = this.args[index2];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index2] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index2 = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index2));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index2 + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag2) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag2.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag2, candidateFlags);
        }
        const message = `error: unknown option '${flag2}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading2) {
        if (heading2 === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading2) {
        if (heading2 === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading2) {
        if (heading2 === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading2;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command3;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command3 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command3();
    exports.createCommand = (name) => new Command3(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command3;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/exit-codes.ts
var EXIT = {
  /** No leak (or none that fail-on counts). */
  pass: 0,
  /** A leak that fail-on counts. */
  leak: 1,
  /** Bad usage, or no valid input at all. */
  usage: 2,
  /** No leak fail-on counts, but the test command itself failed: its tests need attention first. */
  commandFailed: 3,
  /** Neither of the above, but tests could not be judged (inconclusive or error) and --fail-on-inconclusive counts them. */
  unjudged: 4
};
var EXIT_MEANING = {
  [EXIT.pass]: "nothing that --fail-on counts",
  [EXIT.leak]: "a leak that --fail-on counts",
  [EXIT.commandFailed]: "the test command failed; fix its failing tests first",
  [EXIT.unjudged]: "tests could not be judged, and --fail-on-inconclusive counts them"
};
var UsageError = class extends Error {
};

// src/cli/run.ts
import { spawn } from "node:child_process";
import { resolve as resolve2 } from "node:path";

// src/shared/collector.ts
import { existsSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var PLUGIN_MODULE = "memleak_pytest";
function collectorDirectory(from = dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "collector", "python");
    if (existsSync(join(candidate, PLUGIN_MODULE))) return candidate;
    if (dirname(dir) === dir) throw new Error(`the Python collector (collector/python/${PLUGIN_MODULE}) was not found above ${from}`);
  }
}
function collectorEnvironment(options) {
  const base = options.base ?? process.env;
  const plugins = (base.PYTEST_PLUGINS ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  if (!plugins.includes(PLUGIN_MODULE)) plugins.push(PLUGIN_MODULE);
  const env = {
    PYTHONPATH: [collectorDirectory(), base.PYTHONPATH].filter(Boolean).join(delimiter),
    PYTEST_PLUGINS: plugins.join(","),
    MEMLEAK_SNAPSHOT_DIR: resolve(options.snapshotDir),
    // The CLI and the action judge every snapshot themselves after the run, with the user's
    // thresholds: the plugin's own verdict inside pytest would only fail tests twice.
    MEMLEAK_VERDICT: "0"
  };
  const nodeOptions = base.NODE_OPTIONS ?? "";
  if (!nodeOptions.split(/\s+/).includes("--enable-source-maps")) env.NODE_OPTIONS = `${nodeOptions} --enable-source-maps`.trim();
  const { batches, batchSize, warmup } = options.settings ?? {};
  if (batches !== void 0) env.MEMLEAK_BATCHES = String(batches);
  if (batchSize !== void 0) env.MEMLEAK_BATCH_SIZE = String(batchSize);
  if (warmup !== void 0) env.MEMLEAK_WARMUP = String(warmup);
  return env;
}

// src/shared/files.ts
import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join as join2, relative } from "node:path";
var MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
var MAX_SNAPSHOT_FILES = 2e4;
function displayName(path) {
  const name = relative(process.cwd(), path);
  return name && !name.startsWith("..") ? name : path;
}
function readSnapshotText(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (!info.isFile()) return {};
    if (info.size > MAX_SNAPSHOT_BYTES) return { problem: { file: displayName(path), message: `${info.size} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a snapshot; left out` } };
    return { text: readFileSync(fd, "utf8") };
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? error.message})`;
    return { problem: { file: displayName(path), message: `the snapshot ${reason}; left out` } };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function listSnapshotDirectory(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    const reason = error.code === "ENOENT" ? "does not exist" : "cannot be read";
    return { paths: [], problems: [{ file: displayName(dir), message: `the snapshot directory ${reason}` }] };
  }
  const problems3 = [];
  if (names.length > MAX_SNAPSHOT_FILES) {
    problems3.push({ file: displayName(dir), message: `${names.length} snapshot files; only the first ${MAX_SNAPSHOT_FILES} were read` });
    names = names.slice(0, MAX_SNAPSHOT_FILES);
  }
  return { paths: names.map((name) => join2(dir, name)), problems: problems3 };
}
function* readSnapshotFiles(paths, problems3) {
  for (const path of paths) {
    const { text: text2, problem } = readSnapshotText(path);
    if (problem) problems3.push(problem);
    if (text2 !== void 0) yield { file: displayName(path), text: text2 };
  }
}
async function readSnapshotFile(path) {
  const { text: text2, problem } = readSnapshotText(path);
  if (text2 !== void 0) return { file: { file: displayName(path), text: text2 }, problems: [] };
  return { problems: [problem ?? { file: displayName(path), message: "the snapshot is not a regular file; left out" }] };
}
async function clearSnapshotDirectory(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((name) => name.endsWith(".json")).map((name) => rm(join2(dir, name), { force: true })));
}
async function analyzeDirectory(dir, options) {
  const { paths, problems: problems3 } = listSnapshotDirectory(dir);
  const report = analyze(readSnapshotFiles(paths, problems3), options);
  return fitReport({ ...report, problems: [...problems3, ...report.problems] });
}
async function readReportFile(path) {
  try {
    const info = await stat(path);
    if (info.size > MAX_SNAPSHOT_BYTES) return { problems: [{ file: displayName(path), message: `${info.size} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a report` }] };
    return parseReport({ file: displayName(path), text: await readFile(path, "utf8") });
  } catch (error) {
    const reason = error.code === "ENOENT" ? "does not exist" : "cannot be read";
    return { problems: [{ file: displayName(path), message: `the report ${reason}` }] };
  }
}
async function readReportOrDirectory(path, options) {
  const info = await stat(path).catch(() => void 0);
  if (info?.isDirectory()) {
    const written = join2(path, "report.json");
    if (await stat(written).then(() => true, () => false)) return readReportFile(written);
    const report = await analyzeDirectory(path, options);
    return report.tests.length > 0 ? { report, problems: [] } : { problems: report.problems.length ? report.problems : [{ file: displayName(path), message: "no snapshot files in this directory" }] };
  }
  return readReportFile(path);
}

// src/cli/options.ts
var FAIL_ON = ["new-leak", "any-leak", "never"];
function addAnalysisOptions(command) {
  return addThresholdOptions(
    command.option("--out <dir>", "where report.json, report.md and report.html are written", "memleak-report").addOption(new Option("--fail-on <policy>", `which leaks fail the run: ${FAIL_ON.join(", ")}`).argParser(failOnPolicy).default("new-leak")).option("--fail-on-inconclusive", "also fail when a test could not be judged (inconclusive or error)", false)
  ).option("--json", "print the report as JSON on standard output instead of the table");
}
function failOnPolicy(value) {
  if (FAIL_ON.includes(value)) return value;
  const hint = /inconclusive|error/.test(value) ? "; tests that could not be judged have their own flag, --fail-on-inconclusive" : "";
  throw new InvalidArgumentError(`"${value}" is not one of ${FAIL_ON.map((policy) => `"${policy}"`).join(", ")}${hint}.`);
}
function addThresholdOptions(command) {
  return command.option("--min-bytes-per-op <bytes>", `retained growth per operation below which nothing is a leak (default ${DEFAULT_THRESHOLDS.min_bytes_per_op})`).option("--min-total-bytes <bytes>", `growth over the judged batches below which nothing is a leak (default ${DEFAULT_THRESHOLDS.min_total_bytes})`).option("--threshold <name=value...>", `any other threshold: ${Object.keys(DEFAULT_THRESHOLDS).join(", ")}`);
}
function thresholdsFrom(flags) {
  const overrides = /* @__PURE__ */ Object.create(null);
  const set = (name, raw) => {
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value)) throw new UsageError(`threshold ${name} must be a number, got "${raw}"`);
    overrides[name] = value;
  };
  if (flags.minBytesPerOp !== void 0) set("min_bytes_per_op", flags.minBytesPerOp);
  if (flags.minTotalBytes !== void 0) set("min_total_bytes", flags.minTotalBytes);
  for (const pair of flags.threshold ?? []) {
    const [name, raw] = pair.split("=", 2);
    if (!name || raw === void 0) throw new UsageError(`--threshold takes name=value, got "${pair}"`);
    set(name.trim().replaceAll("-", "_"), raw);
  }
  return overrides;
}

// src/cli/output.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/core/render/format.ts
function formatAge(iso, now) {
  if (!iso) return void 0;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return void 0;
  const seconds = Math.max(0, Math.round((now.getTime() - then) / 1e3));
  const steps = [
    [86400, "day"],
    [3600, "hour"],
    [60, "minute"]
  ];
  for (const [size, name] of steps) {
    if (seconds >= size) {
      const count = Math.floor(seconds / size);
      return `${count} ${name}${count === 1 ? "" : "s"} ago`;
    }
  }
  return "just now";
}

// src/core/render/mermaid.ts
function mermaidChart(test) {
  const rss = test.series.rss_bytes.filter((bytes2) => bytes2 !== null);
  const native = test.kind === "native" && rss.length > 1;
  const kib = (native ? rss : test.series.traced_bytes).map((bytes2) => Math.round(bytes2 / 1024 * 10) / 10);
  const batches = kib.map((_, index2) => index2 + 1);
  const low = Math.floor(Math.min(...kib));
  const high = Math.ceil(Math.max(...kib));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(test.id)}"`,
    `  x-axis "batch" [${batches.join(", ")}]`,
    `  y-axis "${native ? "RSS" : "traced"} KiB" ${low} --> ${high === low ? high + 1 : high}`,
    `  line [${kib.join(", ")}]`,
    "```"
  ].join("\n");
}

// src/core/render/figures.ts
function memorySpans(test) {
  const traced = test.series.traced_bytes;
  const rss = test.series.rss_bytes.filter((bytes2) => bytes2 !== null);
  return {
    ...traced.length > 0 ? { traced: { measure: "traced", first: traced[0], last: traced[traced.length - 1] } } : {},
    ...rss.length > 0 ? { rss: { measure: "RSS", first: rss[0], last: rss[rss.length - 1] } } : {}
  };
}
function headlineSpan(test) {
  const spans = memorySpans(test);
  return (test.kind === "native" || test.soak) && spans.rss ? spans.rss : spans.traced;
}
function spanText(span) {
  return span ? `${span.measure} ${formatBytes(span.first)} \u2192 ${formatBytes(span.last)}` : "";
}
function severityOf(test) {
  if (test.verdict !== "leak") return void 0;
  if (test.growth_per_op_bytes >= 1024) return "high";
  return test.growth_per_op_bytes >= 100 ? "medium" : "low";
}
var PATTERNS = [
  ["logger", /getLogger|LoggerAdapter|loggerDict|\bLogger\b/],
  ["task", /create_task|ensure_future|run_coroutine_threadsafe|task|inflight|future/i],
  ["listener", /\b(?:subscribe|add_listener|add_handler|addEventListener|add_done_callback|on_shutdown|on_event|connect|register)\s*\(|listener|callback|subscriber|observer|handlers\b|hooks\b/i],
  ["error-path", /\braise\b|traceback|exc_info/],
  ["cache", /cache|memo|etag|\[[^\]]+\]\s*=(?!=)/i]
];
function leakPattern(test) {
  if (test.verdict !== "leak") return void 0;
  if (test.kind === "native") return "native";
  const evidence = test.sources.map((source) => [source.code, source.function, source.retainer?.path, source.retainer?.type, source.retainer?.root].filter(Boolean).join(" ")).join("\n");
  const found = PATTERNS.find(([, pattern]) => pattern.test(evidence));
  if (found) return found[0];
  return test.kind === "error-path" ? "error-path" : "container";
}
var ADVICE = {
  cache: {
    title: "Unbounded cache",
    text: "Entries are added for every operation and never evicted. Bound it (an LRU or TTL cache: functools.lru_cache(maxsize=\u2026) in Python, a Map that deletes its oldest key past a size in JavaScript), key it by something with few distinct values, or drop entries when their owner is done. functools.cache on a Python method also keeps every instance alive; a WeakMap keyed by the owner lets JavaScript drop an entry with it."
  },
  listener: {
    title: "Listener never removed",
    text: "Each operation registers a callback (a subscription, a hook, a handler) that is never unregistered, and the callback keeps its owner alive. Unregister it when the owner is done (close(), a finally block, a context manager; emitter.off() or removeEventListener() in JavaScript), or hold it through a weak reference (weakref.WeakMethod in Python, WeakRef in JavaScript)."
  },
  task: {
    title: "Task kept",
    text: "Finished tasks (futures, threads, promises) stay in a collection. Remove each one when it completes (task.add_done_callback(tasks.discard) in Python, promise.finally(() => pending.delete(promise)) in JavaScript), and await or cancel the rest at shutdown."
  },
  logger: {
    title: "Logger per name",
    text: "logging.getLogger(name) keeps every logger it creates for the life of the process, so a name per request or per object grows without end. Use one logger per module and pass per-request values in extra= or a LoggerAdapter."
  },
  native: {
    title: "Native memory",
    text: "Memory grows outside the language's heap: a C extension or native addon, a native library, or a buffer that is not released (in Node, Buffers and ArrayBuffers still referenced). Close or free native handles (close(), context managers), drop references to buffers you are done with, check the library for a known leak or a cache setting, and reproduce with the library alone."
  },
  "error-path": {
    title: "Kept on the error path",
    text: "Something is kept each time an operation raises or throws: often the exception, its traceback (stack) and every frame it references. Keep the message or a summary instead of the exception, and release what the operation held in a finally block."
  },
  container: {
    title: "Growing container",
    text: "An object is added to a long-lived container (a module global, a class attribute or static field, an instance that outlives the operation) for every operation and never removed. Remove it when the operation ends, or bound the container (collections.deque(maxlen=\u2026) in Python; in JavaScript, drop the oldest entries past a size)."
  }
};

// src/core/render/paths.ts
function repositoryPath(directory, file) {
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file) || directory.startsWith("/")) return void 0;
  const segments = [];
  for (const segment of `${directory}/${file}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return void 0;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length > 0 ? segments.join("/") : void 0;
}

// src/core/render/markdown.ts
function escaperOf(options) {
  return options.audience === "local" ? escapePlainMarkdown : escapeMarkdown;
}
var CHANGE_LABEL = {
  "new-leak": "\u{1F195} new leak",
  regressed: "\u{1F4C8} regressed",
  "still-leaking": "\u{1F501} still leaking",
  fixed: "\u2705 fixed",
  "new-test": "new test",
  unchanged: "unchanged"
};
var CHANGE_RANK = { "new-leak": 0, regressed: 1, "still-leaking": 2, "new-test": 3, fixed: 4, unchanged: 5 };
var VERDICT_RANK = { leak: 0, error: 1, inconclusive: 2, ok: 3 };
function renderMarkdown(report, options) {
  if (options.marker !== void 0 && !/^<!--(?:(?!--)[^])*-->$/.test(options.marker)) {
    throw new Error("The marker must be a single HTML comment.");
  }
  const tests = orderedTests(report, options.allTests ?? false);
  const sourceCount = tests.reduce((sum, test) => sum + (test.verdict === "leak" ? test.sources.length : 0), 0);
  let budget = {
    testRows: tests.length,
    sourceRows: sourceCount,
    charts: options.maxCharts ?? 5,
    problems: report.problems.length,
    unjudged: report.tests.filter(isUnjudged).length,
    shortened: false
  };
  const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
  for (; ; ) {
    const body = renderWithin(report, tests, options, budget);
    if ((options.lengthOf ?? ((text2) => text2.length))(body) <= limit) return body;
    const smaller = shrink(budget);
    if (!smaller) return renderMinimal(report, options);
    budget = smaller;
  }
}
function shrink(budget) {
  const shortened = true;
  if (budget.charts > 0) return { ...budget, charts: 0, shortened };
  if (budget.sourceRows > 0) return { ...budget, sourceRows: Math.floor(budget.sourceRows / 2), shortened };
  if (budget.problems > 0) return { ...budget, problems: Math.floor(budget.problems / 2), shortened };
  if (budget.unjudged > 0) return { ...budget, unjudged: Math.floor(budget.unjudged / 2), shortened };
  if (budget.testRows > 1) return { ...budget, testRows: Math.floor(budget.testRows / 2), shortened };
  return void 0;
}
function orderedTests(report, allTests) {
  const notable = (test) => allTests || test.verdict !== "ok" || test.soak?.tier === "warning" || test.change !== void 0 && test.change !== "unchanged" && test.change !== "new-test";
  return report.tests.filter(notable).sort(
    (a, b) => (a.change ? CHANGE_RANK[a.change] : 9) - (b.change ? CHANGE_RANK[b.change] : 9) || VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || b.growth_per_op_bytes - a.growth_per_op_bytes || compareText(a.id, b.id)
  );
}
function renderWithin(report, tests, options, budget) {
  const parts = [
    heading(report, options),
    escaperOf(options)(clip(report.status_reason, 2e3)),
    testTable(report, tests, options, budget.testRows),
    soakTable(report, options),
    unjudgedTests(report, budget.unjudged, options),
    sourceTable(tests, options, budget.sourceRows),
    objectsAndCycles(tests, options, budget.sourceRows),
    charts(tests, budget.charts),
    missingTests(report, options),
    problems(report, budget.problems, options),
    baseline(report, options),
    footer(options, budget),
    options.marker
  ];
  return `${parts.filter((part) => part).join("\n\n")}
`;
}
function renderMinimal(report, options) {
  const pointer = pointerTo(options.links) ?? "the full report in the job summary";
  return `${heading(report, options)}

The details are too long for a comment: see ${pointer}.
${options.marker ? `
${options.marker}
` : ""}`;
}
function heading(report, options) {
  const escape = escaperOf(options);
  const title = escape(options.title ?? "memleak");
  const { summary } = report;
  const icon = report.status === "fail" ? "\u{1F534}" : summary.leak + summary.inconclusive + summary.error > 0 ? "\u{1F7E1}" : "\u{1F7E2}";
  return `### ${icon} ${title}: ${statusHeadline(report, { pass: "passed", fail: "failed" })} \u2014 ${statusDetail(report)}`;
}
function testTable(report, tests, options, rows2) {
  const escape = escaperOf(options);
  if (report.tests.length === 0) return "_No leak tests were measured._";
  if (tests.length === 0) return `All ${report.tests.length} leak tests are free of leaks.`;
  const compared = report.baseline !== void 0;
  const header2 = ["Test", ...compared ? ["Change"] : [], "Verdict", "Growth per operation", "First \u2192 last batch", "Top source"];
  const body = tests.slice(0, rows2).map((test) => [
    escape(clip(test.id, 300)),
    ...compared ? [test.change ? CHANGE_LABEL[test.change] : ""] : [],
    verdictCell(test),
    growthCell(test),
    spanText(headlineSpan(test)),
    test.sources[0] ? sourceLink(test.sources[0], options) : test.verdict === "leak" && test.kind === "native" ? "native memory (no source line)" : ""
  ]);
  const hidden = report.tests.length - tests.length;
  const notes = [
    tests.length > rows2 ? `${tests.length - rows2} more tests are in the full report.` : "",
    hidden > 0 && !options.allTests ? hidden === 1 ? "1 other test is free of leaks." : `${hidden} other tests are free of leaks.` : ""
  ].filter(Boolean);
  return [markdownTable([header2, ...body], { alignDelimiters: false }), notes.join(" ")].filter(Boolean).join("\n\n");
}
function verdictCell(test) {
  const soak = test.soak ? `${test.verdict} (soak${test.soak.tier ? `: ${test.soak.tier}` : ""})` : void 0;
  const verdict = soak ?? (test.kind && !isHeapLeakKind(test.kind) && test.verdict === "leak" ? `leak (${test.kind})` : test.verdict);
  return test.baseline && test.change && test.change !== "unchanged" ? `${verdict}, was ${test.baseline.verdict}` : verdict;
}
function growthCell(test) {
  if (test.soak?.mb_per_hour !== void 0) return mbh(test.soak.mb_per_hour);
  if (test.kind === "native") return `${formatBytes(test.growth_per_op_bytes)}/op (native)`;
  const now = `${formatBytes(test.growth_per_op_bytes)}/op`;
  return test.baseline ? `${now} (was ${formatBytes(test.baseline.growth_per_op_bytes)}/op)` : now;
}
var SOAK_ROWS = 20;
function soakTable(report, options) {
  const escape = escaperOf(options);
  const soaked = report.tests.filter((test) => test.soak !== void 0);
  if (soaked.length === 0) return "";
  const rate = (soak) => soak.mb_per_hour === void 0 ? "too few samples" : `${rateNumber(soak.mb_per_hour)} (${rateNumber(soak.mb_per_hour_low)} to ${rateNumber(soak.mb_per_hour_high)})`;
  const body = soaked.slice(0, SOAK_ROWS).map((test) => {
    const soak = test.soak;
    return [
      escape(clip(test.id, 300)),
      soak.tier ?? "undecided",
      rate(soak),
      `${soak.tiers.warning_mb_per_hour} / ${soak.tiers.failure_mb_per_hour}`,
      `${soak.duration_s.toFixed(1)} s every ${soak.interval_s} s`,
      escape(clip(test.reason, 500))
    ];
  });
  const header2 = ["Soak test", "Tier", "MB/hour (95 % interval)", "Warning / failure tiers (MB/hour)", "Sampled", "Reason"];
  const more = soaked.length > SOAK_ROWS ? `

${soaked.length - SOAK_ROWS} more soak tests are in the full report.` : "";
  return `**Soak runs** (${soaked.length}): memory sampled by time, judged by its growth in MB per hour.

${markdownTable([header2, ...body], { alignDelimiters: false })}${more}`;
}
function sourceLink(source, options) {
  const escape = escaperOf(options);
  const label = escape(`${clip(source.file, 200)}:${source.line}`);
  const url = blobUrl(source, options);
  return url ? `[${label}](${url})` : label;
}
function blobUrl(source, options) {
  if (!options.code) return void 0;
  const path = repositoryPath(options.code.directory ?? ".", source.file);
  if (!path) return void 0;
  const line = source.line > 0 ? `#L${source.line}` : "";
  return `${options.code.repositoryUrl}/blob/${encodeURIComponent(options.code.commit)}/${encodePath(path)}${line}`;
}
function unjudgedTests(report, count, options) {
  const escape = escaperOf(options);
  const unjudged = report.tests.filter(isUnjudged);
  if (unjudged.length === 0) return "";
  const counted = policyOf(report.settings).failOnInconclusive;
  const effect = counted ? "they fail the run (fail-on-inconclusive)." : "they do not fail the run (fail-on-inconclusive is off), but nothing was decided about them either.";
  const lines = unjudged.slice(0, count).map((test) => `- ${test.verdict}: ${escape(clip(test.id, 300))}: ${escape(clip(test.reason, 500))}`);
  if (unjudged.length > count) lines.push(`- ${unjudged.length - count} more in the full report.`);
  return `**Tests that could not be judged** (${unjudged.length}): ${effect}

${lines.join("\n")}`;
}
function sourceTable(tests, options, rows2) {
  const escape = escaperOf(options);
  const all = tests.filter((test) => test.verdict === "leak").flatMap((test) => test.sources.map((source) => ({ test, source })));
  if (all.length === 0) return "";
  const header2 = ["Source", "Kept by", "Function", "Growth per operation", "Total growth", "Batches grown", "Test", "Change"];
  const body = all.slice(0, rows2).map(({ test, source }) => [
    sourceLink(source, options),
    source.retainer ? escape(clip(formatRetainer(source.retainer), 300)) : "",
    source.function ? escape(clip(source.function, 200)) : "",
    `${formatBytes(source.bytes_per_op)}/op`,
    formatBytes(source.growth_bytes),
    String(source.batches_grown),
    escape(clip(test.id, 200)),
    source.change ?? ""
  ]);
  const more = all.length > rows2 ? `

${all.length - rows2} more sources are in the full report.` : "";
  const table = rows2 > 0 ? `

${markdownTable([header2, ...body], { alignDelimiters: false })}` : "";
  return `<details><summary>Every leaking source (${all.length})</summary>${table}${more}

</details>`;
}
function objectsAndCycles(tests, options, count) {
  const escape = escaperOf(options);
  const listed = tests.filter((test) => test.verdict !== "ok" && (test.object_growth?.length || test.cycles)).slice(0, count);
  if (listed.length === 0) return "";
  const lines = listed.map((test) => {
    const parts = [
      test.object_growth?.length ? `objects kept: ${escape(clip(formatObjectGrowth(test.object_growth), 600))}` : "",
      test.cycles ? `cycles: ${escape(formatCycles(test.cycles))}` : ""
    ].filter(Boolean);
    return `- ${escape(clip(test.id, 200))}: ${parts.join("; ")}`;
  });
  return `<details><summary>Object growth and cycles</summary>

${lines.join("\n")}

</details>`;
}
function charts(tests, count) {
  const drawn = tests.filter((test) => test.verdict === "leak" && test.series.traced_bytes.length > 1 && !test.soak).slice(0, count);
  if (drawn.length === 0) return "";
  return `<details><summary>Memory per batch</summary>

${drawn.map(mermaidChart).join("\n\n")}

</details>`;
}
function missingTests(report, options) {
  const escape = escaperOf(options);
  const missing = report.missing_tests ?? [];
  if (missing.length === 0) return "";
  const shown = missing.slice(0, 20).map((id) => escape(clip(id, 200)));
  const more = missing.length > shown.length ? `, and ${missing.length - shown.length} more` : "";
  return `Tests in the baseline that did not run this time: ${shown.join(", ")}${more}.`;
}
function problems(report, count, options) {
  const escape = escaperOf(options);
  if (report.problems.length === 0) return "";
  const lines = report.problems.slice(0, count).map((problem) => {
    const where = escape(clip(problem.file + (problem.pointer ? ` at ${problem.pointer}` : ""), 300).trim());
    return `- In ${where}: ${escape(clip(problem.message, 500))}`;
  });
  const more = report.problems.length > count ? `
- ${report.problems.length - count} more in the full report.` : "";
  return `**Input that could not be used** (${report.problems.length}):

${lines.join("\n")}${more}`;
}
function baseline(report, options) {
  const escape = escaperOf(options);
  const info = report.baseline;
  if (!info) return "";
  if (!info.found) {
    const reason = info.reason ? sentence(escape(clip(info.reason, 1e3))) : "No baseline was found.";
    const run3 = link(info.run_url, "The run it came from");
    return `**No baseline:** ${reason}${run3 ? ` ${run3}.` : ""} Every leak counts as new. A baseline is recorded by each run of this workflow on a push to the default branch; push to (or re-run the workflow on) the default branch to create one.`;
  }
  const commit = !info.commit ? "an earlier commit" : /^[0-9a-f]{7,64}$/i.test(info.commit) ? `\`${info.commit.slice(0, 7)}\`` : escape(clip(info.commit, 100));
  const runAt = link(info.run_url, "its run");
  const run2 = runAt ? ` from ${runAt}` : "";
  const age = formatAge(info.created_at, options.now);
  const ref = info.ref ? ` on ${escape(clip(info.ref, 200))}` : "";
  const note = info.reason ? ` ${escape(clip(info.reason, 1e3))}` : "";
  return `Compared with the baseline of ${commit}${ref}${run2}${age ? `, recorded ${age}` : ""}.${note}`;
}
function link(url, label) {
  if (!url || !/^https?:\/\/\S+$/.test(url)) return void 0;
  return `[${label}](${encodeURI(url).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
function sentence(text2) {
  return /[.!?]$/.test(text2) ? text2 : `${text2}.`;
}
function withNote(text2, note) {
  return text2 ? `${text2}${note}` : "";
}
function pointerTo(links) {
  const pointers = [
    link(links?.summary, "the job summary") ?? "",
    // The artifact is a zip: say which file in it to open.
    withNote(link(links?.artifact, "the report artifact"), " (open report.html in it for a chart of every test)")
  ].filter(Boolean);
  return pointers.length ? pointers.join(" and ") : void 0;
}
function footer(options, budget) {
  const pointer = pointerTo(options.links);
  if (!pointer) return budget.shortened ? "This comment is shortened to fit GitHub's limit." : "";
  return budget.shortened ? `This comment is shortened to fit GitHub's limit: the full report is in ${pointer}.` : `Full report: ${pointer}.`;
}

// src/core/render/ab.ts
function rows(comparison, text2) {
  const [a, b] = comparison.labels;
  const header2 = ["Test", `Footprint ${a} \u2192 ${b}`, "Improvement", `Growth / op ${a} \u2192 ${b}`, "Improvement", "Verdicts"];
  const body = comparison.rows.map((row) => [
    text2(row.test),
    `${bytes(row.a.footprint_bytes)} \u2192 ${bytes(row.b.footprint_bytes)}`,
    percent(row.footprint_improvement_pct),
    `${formatBytes(row.a.growth_per_op_bytes)} \u2192 ${formatBytes(row.b.growth_per_op_bytes)}`,
    percent(row.growth_improvement_pct),
    `${row.a.verdict} / ${row.b.verdict}`
  ]);
  return [header2.map(text2), ...body];
}
function bytes(value) {
  return value === null ? "\u2014" : formatBytes(value);
}
function percent(value) {
  if (value === null) return "\u2014";
  return `${value > 0 ? "+" : ""}${value.toFixed(1)}%`;
}
function footnote(comparison, text2) {
  const [a, b] = comparison.labels.map(text2);
  const unpaired = comparison.unpaired.length ? ` Without a counterpart: ${comparison.unpaired.map(text2).join(", ")}.` : "";
  return `Improvement: how much less ${b} holds than ${a}, (${a} \u2212 ${b}) / ${a}; footprint: traced bytes retained after the warm-up.${unpaired}`;
}
function renderAbTerminal(comparison) {
  const plain = (value) => value;
  return `${markdownTable(rows(comparison, plain))}

${footnote(comparison, plain)}`;
}
function renderAbMarkdown(comparison) {
  const [a, b] = comparison.labels.map(escapePlainMarkdown);
  return `## ${a} vs ${b}

${markdownTable(rows(comparison, escapePlainMarkdown), { alignDelimiters: false })}

${footnote(comparison, escapePlainMarkdown)}
`;
}
function renderAbHtml(comparison) {
  const text2 = (value) => escapeHtml(visibleText(value));
  const [header2, ...body] = rows(comparison, text2);
  const [a, b] = comparison.labels.map(text2);
  const cells = (row, tag) => `<tr>${row.map((cell, column) => tag === "td" && column === 0 ? `<th scope="row">${cell}</th>` : `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
  return `<section id="ab"><h2>${a} vs ${b}</h2>
<table><thead>${cells(header2, "th")}</thead><tbody>${body.map((row) => cells(row, "td")).join("")}</tbody></table>
<p class="muted">${footnote(comparison, text2)}</p></section>`;
}

// src/core/render/html.ts
function text(value) {
  return escapeHtml(visibleText(value));
}
function renderHtml(report, options) {
  const tests = orderedTests(report, true);
  const title = `${options.title ?? "memleak"}: ${statusHeadline(report, { pass: "passed", fail: "failed" })}`;
  const series = tests.map(chartSeries);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${header(report, title, options)}
${index(report, tests)}
${options.ab ? renderAbHtml(options.ab) : ""}
${problems2(report)}
${tests.map((test, position) => testSection(test, position, options)).join("\n")}
</main>
<script type="application/json" id="memleak-series">${jsonForScript(series)}</script>
<script>${inlineScript(options.chartJs)}</script>
<script>${CHART_JS}</script>
</body>
</html>
`;
}
function inlineScript(source) {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
function header(report, title, options) {
  const s = report.summary;
  const state = report.status === "fail" ? "fail" : s.leak + s.inconclusive + s.error > 0 ? "warn" : "pass";
  const generated = report.generated_at ? `Generated ${text(report.generated_at)}` : "";
  const tool = report.tool?.version ? ` by memleak ${text(report.tool.version)}` : "";
  const counts = [
    ["tests", s.tests],
    ["leak", s.leak],
    ["ok", s.ok],
    ["inconclusive", s.inconclusive],
    ["error", s.error],
    ...report.baseline ? [["new leaks", s.new_leaks], ["fixed", s.fixed]] : []
  ];
  return `<header>
<h1 class="status-${state}">${text(title)} \u2014 ${text(statusDetail(report))}</h1>
<p id="status-reason">${text(report.status_reason)}</p>
<table id="summary"><caption>Summary</caption><tbody><tr>${counts.map(([name]) => `<th scope="col">${name}</th>`).join("")}</tr><tr>${counts.map(([, count]) => `<td class="num">${formatCount(count)}</td>`).join("")}</tr></tbody></table>
${baseline2(report, options)}
<p class="muted">${generated}${tool}. Charts show memory after each judged batch (warm-up batches excluded); hover a point for its value.</p>
</header>`;
}
function baseline2(report, options) {
  const info = report.baseline;
  if (!info) return "";
  if (!info.found) return `<p><strong>No baseline:</strong> ${text(info.reason ?? "every leak counts as new")}</p>`;
  const age = formatAge(info.created_at, options.now);
  const commit = info.commit ? ` of <code>${text(info.commit.slice(0, 12))}</code>` : "";
  const ref = info.ref ? ` on ${text(info.ref)}` : "";
  const run2 = info.run_url && /^https?:\/\//.test(info.run_url) ? ` (<a href="${escapeHtml(info.run_url)}">its run</a>)` : "";
  return `<p>Compared with the baseline${commit}${ref}${run2}${age ? `, recorded ${text(age)}` : ""}.${info.reason ? ` ${text(info.reason)}` : ""}</p>`;
}
function index(report, tests) {
  if (tests.length === 0) return "<p>No leak tests were measured.</p>";
  const compared = report.baseline !== void 0;
  const rows2 = tests.map((test, position) => {
    const top = test.sources[0];
    return `<tr class="verdict-${test.verdict}"><th scope="row"><a href="#test-${position}">${text(test.id)}</a></th>${compared ? `<td>${test.change ? CHANGE_LABEL[test.change] : ""}</td>` : ""}<td>${verdictLabel(test)}</td><td>${severityOf(test) ?? ""}</td><td class="num">${test.verdict === "error" ? "" : escapeHtml(growthCell(test))}</td><td class="num">${escapeHtml(spanText(headlineSpan(test)))}</td><td>${top ? `<code>${text(`${top.file}:${top.line}`)}</code>` : ""}</td></tr>`;
  });
  return `<section id="index"><h2>Tests (${formatCount(tests.length)})</h2>
<table><thead><tr><th scope="col">Test</th>${compared ? '<th scope="col">Change</th>' : ""}<th scope="col">Verdict</th><th scope="col">Severity</th><th scope="col">Growth per operation</th><th scope="col">First \u2192 last batch</th><th scope="col">Top source</th></tr></thead>
<tbody>
${rows2.join("\n")}
</tbody></table></section>`;
}
function verdictLabel(test) {
  return test.kind && !isHeapLeakKind(test.kind) && test.verdict === "leak" ? `leak (${test.kind})` : test.kind === "bounded" ? "ok (bounded)" : test.verdict;
}
function problems2(report) {
  const missing = report.missing_tests ?? [];
  const parts = [];
  if (report.problems.length) {
    const items = report.problems.map((problem) => `<li><code>${text(problem.file)}</code>${problem.pointer ? ` at <code>${text(problem.pointer)}</code>` : ""}: ${text(problem.message)}</li>`);
    parts.push(`<section id="problems"><h2>Input that could not be used (${formatCount(report.problems.length)})</h2><ul>${items.join("")}</ul></section>`);
  }
  if (missing.length) parts.push(`<section id="missing"><h2>Tests in the baseline that did not run (${formatCount(missing.length)})</h2><ul>${missing.map((id) => `<li>${text(id)}</li>`).join("")}</ul></section>`);
  return parts.join("\n");
}
function testSection(test, position, options) {
  const spans = memorySpans(test);
  const severity = severityOf(test);
  const figures = [
    ["Growth per operation", test.verdict === "error" ? "" : growthCell(test)],
    ["Traced memory, first \u2192 last batch", spans.traced ? `${formatBytes(spans.traced.first)} \u2192 ${formatBytes(spans.traced.last)}` : ""],
    ["RSS, first \u2192 last batch", spans.rss ? `${formatBytes(spans.rss.first)} \u2192 ${formatBytes(spans.rss.last)}` : ""],
    ["RSS growth per operation", test.rss_growth_per_op_bytes === null ? "" : `${formatBytes(test.rss_growth_per_op_bytes)}/op`],
    ["Operations", test.operations ? `${formatCount(test.operations)} in ${formatCount(test.batches)} batches${test.errors ? `, ${formatCount(test.errors)} raised` : ""}` : ""]
  ];
  const pattern = leakPattern(test);
  const advice = pattern ? `<div class="advice"><strong>${ADVICE[pattern].title}.</strong> ${ADVICE[pattern].text}</div>` : "";
  const label = `Memory per batch of ${visibleText(test.id)}: ${[spanText(spans.traced), spanText(spans.rss)].filter(Boolean).join(", ") || "no batches"}`;
  const chart = test.series.traced_bytes.length ? `<figure class="chart"><canvas id="chart-${position}" data-series="${position}" role="img" aria-label="${text(label)}"></canvas></figure>` : '<p class="muted">No batch was measured.</p>';
  return `<section class="test verdict-${test.verdict}" id="test-${position}" aria-labelledby="test-${position}-title">
<h2 id="test-${position}-title" class="test-id">${text(test.id)}</h2>
<p class="badges"><span class="badge verdict-${test.verdict}">${verdictLabel(test)}</span>${severity ? ` <span class="badge severity-${severity}">severity ${severity}</span>` : ""}${test.change ? ` <span class="badge">${CHANGE_LABEL[test.change]}</span>` : ""}</p>
<p class="reason">${text(test.reason)}</p>
<dl class="figures">${figures.filter(([, value]) => value).map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>
${advice}
${chart}
${sources(test, options)}
${objects(test)}
</section>`;
}
function sources(test, options) {
  if (test.sources.length === 0) return "";
  const all = test.sources;
  const largest = Math.max(...all.map((source) => source.bytes_per_op), 1);
  const retained = all.some((source) => source.retainer);
  const changed = all.some((source) => source.change);
  const rows2 = all.map((source) => {
    const where = text(`${source.file}:${source.line}`);
    const url = blobUrl(source, options);
    const retainer = source.retainer ? `<code>${text(formatRetainer(source.retainer))}</code>` : "";
    return `<tr><td><code>${url ? `<a href="${escapeHtml(url)}">${where}</a>` : where}</code>${source.function ? ` in <code>${text(source.function)}</code>` : ""}${source.code ? `<pre>${text(source.code)}</pre>` : ""}</td>${retained ? `<td>${retainer}</td>` : ""}<td class="num">${bar(source.bytes_per_op, largest)}${escapeHtml(formatBytes(source.bytes_per_op))}/op</td><td class="num">${escapeHtml(formatBytes(source.growth_bytes))}</td><td class="num">${formatCount(source.batches_grown)}</td>${changed ? `<td>${text(source.change ?? "")}</td>` : ""}</tr>`;
  });
  const header2 = `<th scope="col">Allocated at</th>${retained ? '<th scope="col">Kept by</th>' : ""}<th scope="col">Growth per operation</th><th scope="col">Total growth</th><th scope="col">Batches grown</th>${changed ? '<th scope="col">Change</th>' : ""}`;
  return `<table class="sources"><caption>Growth per source (where the memory was allocated${retained ? ", and what keeps it" : ""})</caption><thead><tr>${header2}</tr></thead><tbody>${rows2.join("")}</tbody></table>`;
}
function objects(test) {
  const { object_growth: growth = [], cycles } = test;
  const parts = [];
  if (growth.length) {
    const largest = Math.max(...growth.map((entry) => entry.bytes_per_op ?? 0), 1);
    const rows2 = growth.map((entry) => `<tr><td><code>${text(entry.type)}</code></td><td class="num">${entry.count_per_op.toFixed(2)}</td><td class="num">${entry.bytes_per_op === void 0 ? "" : `${bar(entry.bytes_per_op, largest)}${escapeHtml(formatBytes(entry.bytes_per_op))}/op`}</td></tr>`);
    parts.push(`<table class="objects"><caption>Object types that grew</caption><thead><tr><th scope="col">Type</th><th scope="col">Objects per operation</th><th scope="col">Bytes per operation</th></tr></thead><tbody>${rows2.join("")}</tbody></table>`);
  }
  if (cycles) {
    parts.push(`<p class="cycles">Reference cycles: ${cycles.collected_per_op.toFixed(2)} objects per operation freed only by the cycle collector; ${formatCount(cycles.uncollectable)} uncollectable (gc.garbage).</p>`);
  }
  return parts.join("\n");
}
function bar(value, largest) {
  const width = Math.max(0, Math.min(100, Math.round(value / largest * 100)));
  return `<span class="bar" style="width:${width}%" aria-hidden="true"></span>`;
}
function unitFor(values) {
  const peak = Math.max(0, ...values.map(Math.abs));
  const units = [
    { name: "GiB", size: 1024 ** 3 },
    { name: "MiB", size: 1024 ** 2 },
    { name: "KiB", size: 1024 }
  ];
  return units.find((unit) => peak >= unit.size) ?? { name: "B", size: 1 };
}
function scaled(values, size) {
  return values.map((value) => value === null ? null : Number((value / size).toPrecision(6)));
}
function chartSeries(test) {
  const traced = unitFor(test.series.traced_bytes);
  const rssValues = test.series.rss_bytes.filter((value) => value !== null);
  const rss = unitFor(rssValues);
  return {
    traced: scaled(test.series.traced_bytes, traced.size),
    tracedUnit: traced.name,
    ...rssValues.length ? { rss: scaled(test.series.rss_bytes, rss.size), rssUnit: rss.name } : {}
  };
}
var CHART_JS = `'use strict';
(function () {
  var source = document.getElementById('memleak-series');
  var canvases = document.querySelectorAll('canvas[data-series]');
  var root = document.documentElement;
  root.setAttribute('data-charts', String(canvases.length));
  if (!source || typeof Chart === 'undefined') return;
  var data = JSON.parse(source.textContent);
  var drawn = 0;
  function draw(canvas) {
    var series = data[Number(canvas.getAttribute('data-series'))];
    if (!series || canvas.hasAttribute('data-drawn')) return;
    var labels = series.traced.map(function (_, index) { return index + 1; });
    var radius = series.traced.length > 60 ? 0 : 2;
    var datasets = [{ label: 'traced (' + series.tracedUnit + ')', data: series.traced, yAxisID: 'y', borderColor: '#d1242f', backgroundColor: '#d1242f', pointRadius: radius, tension: 0.1 }];
    var scales = {
      x: { title: { display: true, text: 'batch' } },
      y: { position: 'left', title: { display: true, text: 'traced ' + series.tracedUnit } }
    };
    if (series.rss) {
      datasets.push({ label: 'RSS (' + series.rssUnit + ')', data: series.rss, yAxisID: 'y1', borderColor: '#0969da', backgroundColor: '#0969da', pointRadius: radius, spanGaps: true, tension: 0.1 });
      scales.y1 = { position: 'right', title: { display: true, text: 'RSS ' + series.rssUnit }, grid: { drawOnChartArea: false } };
    }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets }, options: { animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false }, scales: scales, plugins: { legend: { position: 'bottom' } } } });
    canvas.setAttribute('data-drawn', 'true');
    drawn += 1;
    root.setAttribute('data-charts-drawn', String(drawn));
  }
  if (!('IntersectionObserver' in window)) {
    canvases.forEach(draw);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      draw(entry.target);
    });
  }, { rootMargin: '100% 0px' });
  canvases.forEach(function (canvas) { observer.observe(canvas); });
})();
`;
var CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; }
h1.status-fail { color: #a40e26; }
h1.status-warn { color: #7d4e00; }
h1.status-pass { color: #1a7f37; }
h2 { font-size: 1.15rem; margin-top: 2rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th[scope="row"], td code { overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; position: relative; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; margin: 0.2rem 0 0; color: #59636e; }
#summary { width: auto; }
#summary td { min-width: 4rem; }
section.test { border-top: 2px solid #d0d7de; margin-top: 2rem; }
section.test.verdict-leak { border-top-color: #d1242f; }
.badge { display: inline-block; border: 1px solid #d0d7de; border-radius: 1rem; padding: 0 0.6rem; font-size: 0.85rem; }
.verdict-leak .badge.verdict-leak, .badge.severity-high { background: #ffebe9; border-color: #d1242f; color: #a40e26; }
.badge.severity-medium { background: #fff8c5; border-color: #bf8700; }
.badge.verdict-ok { background: #dafbe1; border-color: #1a7f37; }
.badge.verdict-inconclusive, .badge.verdict-error { background: #fff8c5; border-color: #bf8700; }
tr.verdict-leak th a { color: #a40e26; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.figures dt { color: #59636e; }
dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
.advice { background: #ddf4ff; border-left: 4px solid #0969da; padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
figure.chart { position: relative; height: 16rem; margin: 0.8rem 0; }
.bar { position: absolute; left: 0; top: 15%; height: 70%; background: #ffebe9; z-index: -1; }
td.num { isolation: isolate; }
.muted { color: #59636e; }
a { color: #0969da; }
`;

// src/cli/terminal.ts
import { styleText } from "node:util";
var ORDER = { leak: 0, error: 1, inconclusive: 2, ok: 3 };
var COLOUR = { leak: "red", error: "magenta", inconclusive: "yellow", ok: "green" };
var visibleLength = (text2) => text2.replace(/\u001b\[[0-9;]*m/g, "").length;
function renderTerminal(report, colour) {
  const paint = (style, text2) => colour ? styleText(style, text2) : text2;
  const compared = report.tests.some((test) => test.change !== void 0);
  const tests = [...report.tests].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || compareText(a.id, b.id));
  const growth = report.tests.some((test) => test.soak?.mb_per_hour !== void 0) ? "Growth / op (soak: / hour)" : "Growth / op";
  const header2 = ["Test", "Verdict", ...compared ? ["Change"] : [], growth, "First \u2192 last batch", "Top source"];
  const rows2 = tests.map((test) => [
    test.id,
    paint(test.soak?.tier === "warning" ? "yellow" : COLOUR[test.verdict], verdictLabel2(test)),
    ...compared ? [test.change ?? ""] : [],
    growthCell2(test),
    spanText(headlineSpan(test)),
    topSource(test)
  ]);
  const lines = [markdownTable([header2, ...rows2], { align: ["l", "l", ...compared ? ["l"] : [], "r", "r", "l"], stringLength: visibleLength })];
  const explained = tests.filter((test) => test.verdict !== "ok" || test.kind === "bounded" || test.soak !== void 0);
  if (explained.length) {
    lines.push("");
    for (const test of explained) {
      lines.push(`${paint(COLOUR[test.verdict], "\u25CF")} ${test.id}: ${test.reason}`);
      lines.push(...whatKeepsIt(test));
    }
  }
  if (report.baseline && !report.baseline.found) lines.push("", paint("yellow", `No baseline: ${report.baseline.reason ?? "every leak counts as new"}`));
  if (report.problems.length) {
    lines.push("", paint("yellow", `${report.problems.length} input problem(s):`));
    for (const problem of report.problems) lines.push(`  ${problem.file}: ${problem.message}`);
  }
  const s = report.summary;
  const headline = statusHeadline(report, { pass: "PASS", fail: "FAIL" });
  const verdict = paint(report.status === "fail" ? "red" : s.inconclusive + s.error > 0 ? "yellow" : "green", headline);
  lines.push("", `${verdict}: ${report.status_reason} \u2014 ${s.tests} test(s): ${s.leak} leak, ${s.ok} ok, ${s.inconclusive} inconclusive, ${s.error} error`);
  return lines.join("\n");
}
function verdictLabel2(test) {
  if (test.soak) return `${test.verdict} (soak${test.soak.tier ? `: ${test.soak.tier}` : ""})`;
  return test.verdict + (test.kind && !isHeapLeakKind(test.kind) ? ` (${test.kind})` : "");
}
function growthCell2(test) {
  if (test.verdict === "error") return "";
  if (test.soak?.mb_per_hour !== void 0) return mbh(test.soak.mb_per_hour);
  if (test.kind === "native") return `${formatBytes(test.growth_per_op_bytes)} native`;
  return formatBytes(test.growth_per_op_bytes);
}
function topSource(test) {
  const top = test.sources[0];
  if (top) return `${top.file}:${top.line}${test.sources.length > 1 ? ` (+${test.sources.length - 1})` : ""}`;
  return test.kind === "native" ? "(native: no source line)" : "";
}
function whatKeepsIt(test) {
  const lines = test.sources.filter((source) => source.retainer).map((source) => `    ${source.file}:${source.line} kept by ${visibleText(formatRetainer(source.retainer))}`);
  if (test.object_growth?.length) lines.push(`    objects kept: ${visibleText(formatObjectGrowth(test.object_growth))}`);
  if (test.cycles) lines.push(`    cycles: ${formatCycles(test.cycles)}`);
  return lines;
}

// src/cli/output.ts
async function publish(report, output, now) {
  const code = exitCodeOf(report);
  await mkdir(output.out, { recursive: true });
  await writeFile(join3(output.out, "report.json"), JSON.stringify(report, null, 2) + "\n");
  await writeFile(join3(output.out, "report.md"), renderMarkdown(report, { now, allTests: true, audience: "local" }));
  const { readChartJs } = await import("./cli-chunks/chart-js-F6XW5GIT.js");
  await writeFile(join3(output.out, "report.html"), renderHtml(report, { now, chartJs: readChartJs() }));
  if (output.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return code;
  }
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(`${renderTerminal(report, colour)}
Exit status ${code}: ${EXIT_MEANING[code]}.
`);
  process.stderr.write(`Report written to ${join3(output.out, "report.json")}, report.md and report.html (open it in a browser: a chart per test)
`);
  return code;
}
function exitCodeOf(report) {
  const cause = failureCauses(report)[0];
  if (cause === "leak") return EXIT.leak;
  if (cause === "command") return EXIT.commandFailed;
  if (cause === "unjudged") return EXIT.unjudged;
  return EXIT.pass;
}

// src/cli/shared.ts
function wholeNumber(flag2, raw) {
  if (raw === void 0) return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag2} takes a whole number \u2265 0, got "${raw}"`);
  return value;
}
function reportProblemsOnly(report, why) {
  process.stderr.write(`memleak: no valid input: ${why}
`);
  for (const problem of report.problems) process.stderr.write(`  ${problem.file}: ${problem.message}
`);
  return EXIT.usage;
}

// package.json
var package_default = {
  name: "memleak-action",
  version: "0.1.0",
  description: "Catch a memory leak in the pull request that introduces it, and name the line that leaks.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    memleak: "dist/cli.js"
  },
  files: [
    "dist/",
    "schemas/",
    "collector/python/memleak_pytest/**/*.py",
    "collector/python/memleak/*.py",
    "collector/python/README.md",
    "collector/python/pyproject.toml",
    "collector/python/memleak_build.py",
    "collector/node/src/*.ts",
    "collector/node/README.md"
  ],
  exports: {
    "./collector": {
      types: "./collector/node/src/index.ts",
      default: "./dist/collector.js"
    },
    "./collector/vitest": {
      types: "./collector/node/src/vitest.ts",
      default: "./dist/collector-vitest.js"
    },
    "./package.json": "./package.json"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "node scripts/test.mjs",
    bench: "node --import tsx bench/index.ts",
    example: "node dist/cli.js run --cwd examples/python-app --out examples/python-app/memleak-report -- python3 -m pytest -q tests"
  },
  peerDependencies: {
    "better-sqlite3": "^12.9.0"
  },
  peerDependenciesMeta: {
    "better-sqlite3": {
      optional: true
    }
  },
  devDependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/core": "3.0.1",
    "@actions/exec": "3.0.0",
    "@actions/github": "9.1.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@types/better-sqlite3": "^7.6.13",
    "@types/node": "^20.19.0",
    "@types/pg": "^8.15.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "better-sqlite3": "12.9.0",
    "chart.js": "4.6.1",
    commander: "14.0.3",
    esbuild: "0.28.2",
    fastify: "5.12.8",
    fflate: "0.8.3",
    jose: "6.2.17",
    kysely: "0.28.18",
    "markdown-table": "3.1.0",
    marked: "18.2.1",
    pg: "8.23.1",
    "playwright-core": "1.65.1",
    tsx: "4.23.15",
    typescript: "5.9.3",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  overrides: {
    traverse: "0.3.9",
    "@azure/storage-blob": "12.32.0",
    "content-type": "2.1.0",
    cookie: "1.1.1",
    vite: "8.3.8"
  },
  allowScripts: {
    "better-sqlite3": true,
    esbuild: true
  }
};

// src/cli/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/run.ts
function registerRun(program3) {
  addAnalysisOptions(
    program3.command("run").summary("run leak tests with the collector, analyse them, print what CI would say").description("Runs the command (e.g. python -m pytest tests, or node --test, npm test) with the memleak collectors enabled (the pytest plugin; the Node helper reads the same environment), analyses the snapshots it writes, prints a table and writes report.json, report.md and report.html.").argument("<command...>", "the test command, after --").option("--cwd <dir>", "directory to run the command in; report paths are relative to it", ".").option("--snapshot-dir <dir>", "where the collector writes snapshots (relative to --cwd); emptied first", "memory_snapshots").option("--batches <n>", "judged batches per leak test (overrides the project default)").option("--batch-size <n>", "operations per batch").option("--warmup <n>", "warm-up batches, measured but not judged")
  ).action(async (command, flags) => {
    process.exitCode = await run(command, flags);
  });
}
async function run(command, flags) {
  const cwd = resolve2(flags.cwd);
  const snapshotDir = resolve2(cwd, flags.snapshotDir);
  const thresholds = thresholdsFrom(flags);
  const settings = { batches: wholeNumber("--batches", flags.batches), batchSize: wholeNumber("--batch-size", flags.batchSize), warmup: wholeNumber("--warmup", flags.warmup) };
  await clearSnapshotDirectory(snapshotDir);
  const env = { ...process.env, ...collectorEnvironment({ snapshotDir, settings }) };
  process.stderr.write(`memleak: running ${command.join(" ")} (in ${cwd}) with the collector; snapshots go to ${snapshotDir}
`);
  const status = await spawnCommand(command, cwd, env, Boolean(flags.json));
  process.stderr.write("memleak: analysing snapshots\u2026\n");
  const now = /* @__PURE__ */ new Date();
  const report = await analyzeDirectory(snapshotDir, { now, thresholds, failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, command: { exit_code: status }, root: cwd, toolVersion: TOOL_VERSION });
  if (report.tests.length === 0) {
    const why = status === 0 ? "the command wrote no snapshot: are any tests marked @pytest.mark.memleak or using the memleak fixture (pytest), or written with leakTest (Node)?" : `the test command exited with status ${status} and wrote no snapshot`;
    return reportProblemsOnly(report, why);
  }
  return publish(report, flags, now);
}
function spawnCommand(command, cwd, env, jsonOnStdout) {
  return new Promise((done, fail2) => {
    const [file, ...args] = command;
    const child = spawn(file, args, { cwd, env, stdio: ["inherit", jsonOnStdout ? process.stderr : "inherit", "inherit"] });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    let spawned = false;
    child.on("spawn", () => spawned = true);
    child.on("error", (error) => {
      if (spawned) return;
      process.off("SIGINT", forward).off("SIGTERM", forward);
      fail2(new UsageError(error.code === "ENOENT" ? `command not found: ${file}` : `could not start ${file}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      if (spawned) done(code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1));
    });
  });
}
function signalNumber(signal) {
  return { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal];
}

// src/cli/analyze.ts
function registerAnalyze(program3) {
  addAnalysisOptions(
    program3.command("analyze").summary("analyse existing snapshot files").argument("<dir>", "directory of snapshot JSON files (ours or LiteLLM-style memory_snapshots/)")
  ).action(async (dir, flags) => {
    const now = /* @__PURE__ */ new Date();
    const report = await analyzeDirectory(dir, { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION });
    if (report.tests.length === 0) {
      process.exitCode = reportProblemsOnly(report, `no valid snapshot in ${dir}`);
      return;
    }
    process.exitCode = await publish(report, flags, now);
  });
}

// src/cli/compare.ts
function registerCompare(program3) {
  addAnalysisOptions(
    program3.command("compare").summary("compare a head run with a baseline").argument("<base>", "the baseline: a report.json, a `memleak run` output directory, or a snapshot directory").argument("<head>", "the head: same kinds as <base>")
  ).action(async (basePath, headPath, flags) => {
    const now = /* @__PURE__ */ new Date();
    const options = { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION };
    const head = await readReportOrDirectory(headPath, options);
    if (!head.report) {
      process.exitCode = reportProblemsOnly(head, `the head ${headPath} could not be read`);
      return;
    }
    const base = await readReportOrDirectory(basePath, options);
    const reason = base.problems.map((p) => `${p.file}: ${p.message}`).join("; ");
    const report = compare(base.report ?? null, head.report, {
      now,
      failOn: flags.failOn,
      failOnInconclusive: flags.failOnInconclusive,
      baseline: base.report ? { source: basePath } : { reason: `the baseline could not be read (${reason}): every leak counts as new` }
    });
    process.exitCode = await publish(report, flags, now);
  });
}

// src/cli/judge.ts
import { createInterface } from "node:readline";
import { resolve as resolve3 } from "node:path";
function registerJudge(program3) {
  addThresholdOptions(
    program3.command("judge").summary("judge snapshots one at a time for the pytest plugin (reads paths on stdin)").description('Reads one snapshot path per line on standard input and answers each with one JSON line: {"snapshot", "test" (the verdict, as in report.json), "problems"}. Used by the pytest plugin to fail a leaking test inside plain pytest.').option("--stdio", "read paths from standard input, answer on standard output (required)")
  ).action(async (flags) => {
    if (!flags.stdio) throw new UsageError("judge: only --stdio is supported (paths on standard input, JSON lines on standard output)");
    const thresholds = thresholdsFrom(flags);
    resolveThresholds(thresholds);
    await serve(thresholds);
  });
}
async function serve(thresholds) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const path = line.trim();
    if (!path) continue;
    process.stdout.write(JSON.stringify(await judge(path, thresholds)) + "\n");
  }
}
async function judge(path, thresholds) {
  const { file, problems: problems3 } = await readSnapshotFile(resolve3(path));
  if (!file) return { snapshot: path, test: null, problems: problems3 };
  const report = analyze([file], { now: /* @__PURE__ */ new Date(), thresholds, root: process.cwd(), toolVersion: TOOL_VERSION });
  return { snapshot: path, test: report.tests[0] ?? null, problems: [...problems3, ...report.problems] };
}

// src/cli/ab.ts
import { writeFile as writeFile2, mkdir as mkdir2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/core/ab.ts
function compareLabels(tests, labelA, labelB) {
  if (!labelA || !labelB || labelA === labelB) throw new RangeError(`two different labels are needed, got "${labelA}" and "${labelB}"`);
  const sides = { a: /* @__PURE__ */ new Map(), b: /* @__PURE__ */ new Map() };
  for (const test of tests) {
    const a = keyWithout(test.id, labelA);
    const b = keyWithout(test.id, labelB);
    if (a !== null) sides.a.set(a, test);
    else if (b !== null) sides.b.set(b, test);
  }
  const rows2 = [];
  const unpaired = [];
  for (const [key, a] of sides.a) {
    const b = sides.b.get(key);
    if (!b) {
      unpaired.push(a.id);
      continue;
    }
    const left = side(a);
    const right = side(b);
    rows2.push({
      test: key,
      a: left,
      b: right,
      footprint_improvement_pct: left.footprint_bytes === null || right.footprint_bytes === null ? null : improvement(left.footprint_bytes, right.footprint_bytes),
      growth_improvement_pct: improvement(left.growth_per_op_bytes, right.growth_per_op_bytes)
    });
  }
  for (const [key, b] of sides.b) if (!sides.a.has(key)) unpaired.push(b.id);
  rows2.sort((x, y) => x.test < y.test ? -1 : x.test > y.test ? 1 : 0);
  return { labels: [labelA, labelB], rows: rows2, unpaired: unpaired.sort() };
}
function keyWithout(id, label) {
  if (!id.endsWith("]")) return null;
  const open = id.lastIndexOf("[");
  if (open < 0) return null;
  const parts = id.slice(open + 1, -1).split("-");
  const index2 = parts.indexOf(label);
  if (index2 < 0) return null;
  parts[index2] = "*";
  return `${id.slice(0, open)}[${parts.join("-")}]`;
}
function side(test) {
  const first = test.series.traced_bytes[0];
  return { id: test.id, verdict: test.verdict, footprint_bytes: first === void 0 ? null : first, growth_per_op_bytes: test.growth_per_op_bytes };
}
function improvement(a, b) {
  if (a <= 0) return a === 0 && b === 0 ? 0 : null;
  return Math.round((a - b) / a * 1e3) / 10;
}

// src/cli/ab.ts
function registerAb(program3) {
  addAnalysisOptions(
    program3.command("ab").summary("compare two labelled implementations measured in the same run (A vs B)").argument("<input>", "a report.json, a `memleak run` output directory, or a snapshot directory").requiredOption("--label <label...>", "the two labels, A then B, as they appear in the parametrized test ids (test_get[A], test_get[B])")
  ).action(async (input, flags) => {
    if (flags.label.length !== 2) throw new UsageError(`--label takes exactly two labels (A then B), got ${flags.label.length}`);
    const now = /* @__PURE__ */ new Date();
    const read = await readReportOrDirectory(input, { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION });
    if (!read.report) {
      process.exitCode = reportProblemsOnly(read, `${input} could not be read`);
      return;
    }
    const [a, b] = flags.label;
    const comparison = compareLabels(read.report.tests, a, b);
    if (comparison.rows.length === 0) throw new UsageError(`no test in ${input} has both labels "${a}" and "${b}" in its parameter id (e.g. test_get[${a}] and test_get[${b}])`);
    await mkdir2(flags.out, { recursive: true });
    await writeFile2(join4(flags.out, "report.json"), JSON.stringify(read.report, null, 2) + "\n");
    await writeFile2(join4(flags.out, "report.md"), `${renderMarkdown(read.report, { now, allTests: true, audience: "local" })}
${renderAbMarkdown(comparison)}`);
    const { readChartJs } = await import("./cli-chunks/chart-js-F6XW5GIT.js");
    await writeFile2(join4(flags.out, "report.html"), renderHtml(read.report, { now, chartJs: readChartJs(), ab: comparison }));
    if (flags.json) process.stdout.write(JSON.stringify(comparison, null, 2) + "\n");
    else process.stdout.write(`${renderAbTerminal(comparison)}
`);
    process.stderr.write(`Report written to ${join4(flags.out, "report.json")}, report.md and report.html
`);
    process.exitCode = exitCodeOf(read.report);
  });
}

// src/cli/soak/index.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync2, readdirSync as readdirSync3, rmSync } from "node:fs";
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join5, resolve as resolve4 } from "node:path";

// src/cli/soak/duration.ts
var UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
var MAX_SECONDS = 7 * 86400;
function parseDuration(flag2, raw) {
  const text2 = raw.trim().toLowerCase();
  let seconds = /^\d+(\.\d+)?$|^\.\d+$/.test(text2) ? Number(text2) : Number.NaN;
  if (Number.isNaN(seconds) && /^(\d+(\.\d+)?[smhd])+$/.test(text2)) {
    seconds = 0;
    for (const [, number, unit] of text2.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) seconds += Number(number) * UNITS[unit];
  }
  if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
    throw new UsageError(`${flag2} takes a duration above 0 and at most ${MAX_SECONDS}s, such as 90, 2.5s, 30m or 1h30m; got "${raw}"`);
  }
  return seconds;
}

// src/cli/soak/process-tree.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
function canSampleProcesses() {
  try {
    readFileSync2("/proc/self/status", "utf8");
    return true;
  } catch {
    return false;
  }
}
function processTree(root) {
  const children = /* @__PURE__ */ new Map();
  for (const name of readdirSync2("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === void 0) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const tree = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop();
    tree.push(pid);
    pending.push(...children.get(pid) ?? []);
  }
  return tree;
}
function treeRss(root) {
  let total;
  for (const pid of processTree(root)) {
    const rss = rssOf(pid);
    if (rss === void 0) continue;
    total = (total ?? 0) + rss;
  }
  return total;
}
function parentOf(pid) {
  try {
    const stat2 = readFileSync2(`/proc/${pid}/stat`, "utf8");
    const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return void 0;
  }
}
function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync2(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : void 0;
  } catch {
    return void 0;
  }
}

// src/cli/soak/snapshot.ts
import { createHash } from "node:crypto";
var ID_COMMAND_LENGTH = 200;
function processTestId(command) {
  const text2 = command.join(" ");
  return `soak: ${text2.length > ID_COMMAND_LENGTH ? `${text2.slice(0, ID_COMMAND_LENGTH - 1)}\u2026` : text2}`;
}
function snapshotFileName(testId) {
  const stem = testId.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+|[._]+$/g, "").slice(0, 100) || "test";
  return `${stem}-${createHash("sha256").update(testId, "utf8").digest("hex").slice(0, 12)}.json`;
}
var WARMUP_SHARE = 0.1;
function processSnapshot(soak) {
  let previous = 0;
  const measured = soak.samples.at(-1)?.elapsed ?? 0;
  const batches = soak.samples.map((sample, index2) => {
    const batch = {
      warmup: index2 === 0 || sample.elapsed < WARMUP_SHARE * measured,
      operations: 0,
      duration_s: round6(sample.elapsed - previous),
      elapsed_s: round6(sample.elapsed),
      traced_bytes: 0,
      rss_bytes: sample.rss,
      native_heap_bytes: null
    };
    previous = sample.elapsed;
    return batch;
  });
  return {
    format: "memleak-snapshot",
    version: 1,
    test: { id: processTestId(soak.command), name: soak.command.join(" ").slice(0, 4096) },
    collector: { name: "memleak-cli-soak", version: TOOL_VERSION, runtime: `Node ${process.versions.node}`, platform: `${process.platform}-${process.arch}` },
    created_at: soak.now.toISOString(),
    root: soak.root,
    config: { soak: { duration_s: soak.durationS, interval_s: soak.intervalS, ...soak.tiers } },
    phases: [{ name: "soak", role: "soak", traceback_depth: 0, batches, sites: [], ...soak.stopped && { stopped: soak.stopped.slice(0, 4096) } }],
    outcome: { status: "passed" }
  };
}
function round6(value) {
  return Math.round(value * 1e6) / 1e6;
}

// src/cli/soak/index.ts
var DEFAULT_INTERVAL = "10s";
var GRACE_SECONDS = 10;
var SOAKING_PREFIX = ".memleak-soaking-";
function registerSoak(program3) {
  addAnalysisOptions(
    program3.command("soak").summary("soak a command for a duration, sampling memory by time; judged in MB per hour").description(
      "Runs the command with the collector enabled and MEMLEAK_SOAK set, so its marked leak tests repeat their body for the duration, sampling memory every interval. A command with no leak tests (a server, a script) is sampled from outside (the RSS of its process tree) and stopped when the duration ends. Ctrl-C or SIGTERM end the soak early and judge what was measured."
    ).argument("<command...>", "the command, after --").requiredOption("--duration <time>", "how long to soak, e.g. 90s, 30m, 1h30m").option("--interval <time>", "time between samples", DEFAULT_INTERVAL).option("--warning-mb-per-hour <n>", "growth from which a soak is a warning (default 1)").option("--failure-mb-per-hour <n>", "growth from which a soak fails (default 5)").option("--cwd <dir>", "directory to run the command in", ".").option("--snapshot-dir <dir>", "where snapshots go (relative to --cwd); emptied first", "memory_snapshots")
  ).action(async (command, flags) => {
    process.exitCode = await soakCommand(command, flags);
  });
}
async function soakCommand(command, flags) {
  const durationS = parseDuration("--duration", flags.duration);
  const intervalS = parseDuration("--interval", flags.interval);
  const tiers = tiersFrom(flags);
  const thresholds = thresholdsFrom(flags);
  const cwd = resolve4(flags.cwd);
  const snapshotDir = resolve4(cwd, flags.snapshotDir);
  await clearSnapshotDirectory(snapshotDir);
  clearSoakingMarks(snapshotDir);
  const env = {
    ...process.env,
    ...collectorEnvironment({ snapshotDir }),
    MEMLEAK_SOAK: String(durationS),
    MEMLEAK_SOAK_INTERVAL: String(intervalS),
    ...tiers.warning_mb_per_hour !== void 0 && { MEMLEAK_WARNING_MB_PER_HOUR: String(tiers.warning_mb_per_hour) },
    ...tiers.failure_mb_per_hour !== void 0 && { MEMLEAK_FAILURE_MB_PER_HOUR: String(tiers.failure_mb_per_hour) }
  };
  process.stderr.write(`memleak: soaking ${command.join(" ")} (in ${cwd}) for ${durationS} s, sampling every ${intervalS} s; snapshots go to ${snapshotDir}
`);
  const ended = await runSampled(command, cwd, env, durationS, intervalS, snapshotDir, Boolean(flags.json));
  const now = /* @__PURE__ */ new Date();
  const options = { now, thresholds, failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: cwd, toolVersion: TOOL_VERSION };
  const commandOutcome = ended.how === "exited" ? { command: { exit_code: ended.code } } : {};
  if (!snapshotsIn(snapshotDir)) {
    if (!canSampleProcesses()) throw new UsageError("the command wrote no soak snapshot, and sampling a process from outside needs /proc (Linux)");
    process.stderr.write(`memleak: no leak test soaked; judging the ${ended.samples.length} RSS sample(s) of the command's process tree
`);
    await mkdir3(snapshotDir, { recursive: true });
    const document = processSnapshot({ command, root: cwd, durationS, intervalS, tiers, samples: ended.samples, stopped: ended.stopped, now });
    await writeFile3(join5(snapshotDir, snapshotFileName(processTestId(command))), JSON.stringify(document, null, 1) + "\n");
  }
  const report = await analyzeDirectory(snapshotDir, { ...options, ...commandOutcome });
  if (report.tests.length === 0) return reportProblemsOnly(report, `no snapshot could be judged (${ended.stopped ?? "the command ended"})`);
  return publish(report, flags, now);
}
function tiersFrom(flags) {
  const rate = (flag2, raw) => {
    if (raw === void 0) return void 0;
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1e9) throw new UsageError(`${flag2} takes a number of MB per hour from 0 to 1e9, got "${raw}"`);
    return value;
  };
  const warning = rate("--warning-mb-per-hour", flags.warningMbPerHour);
  const failure = rate("--failure-mb-per-hour", flags.failureMbPerHour);
  if (warning !== void 0 && failure !== void 0 && warning > failure) {
    throw new UsageError(`--warning-mb-per-hour ${warning} is above --failure-mb-per-hour ${failure}: the warning tier must not be above the failure tier`);
  }
  return { ...warning !== void 0 && { warning_mb_per_hour: warning }, ...failure !== void 0 && { failure_mb_per_hour: failure } };
}
function runSampled(command, cwd, env, durationS, intervalS, snapshotDir, jsonOnStdout) {
  return new Promise((done, fail2) => {
    const [file, ...args] = command;
    const child = spawn2(file, args, { cwd, env, stdio: ["inherit", jsonOnStdout ? process.stderr : "inherit", "inherit"] });
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1e3;
    const samples = [];
    let how = "exited";
    let stopped;
    let killer;
    const sample = () => {
      const rss = child.pid !== void 0 ? treeRss(child.pid) : void 0;
      if (rss !== void 0) samples.push({ elapsed: elapsed(), rss });
    };
    const sampler = setInterval(sample, intervalS * 1e3);
    const deadline = setTimeout(() => {
      if (collectorSoaking(snapshotDir)) {
        process.stderr.write("memleak: the soak duration has passed; the command's leak tests soak on their own clock, waiting for them\n");
        return;
      }
      sample();
      how = "stopped";
      stop(child, "SIGTERM");
    }, durationS * 1e3);
    const interrupt = (signal) => {
      if (how === "interrupted") return;
      if (how !== "stopped") sample();
      how = "interrupted";
      stopped = `interrupted by ${signal} after ${elapsed().toFixed(1)} s of the ${durationS} s soak; what was measured until then is judged`;
      process.stderr.write(`memleak: ${signal}: ending the soak, then judging what was measured
`);
      child.kill(signal);
      killer ??= setTimeout(() => stop(child, "SIGKILL"), GRACE_SECONDS * 1e3);
    };
    process.on("SIGINT", interrupt).on("SIGTERM", interrupt);
    let failed = false;
    child.on("error", (error) => {
      failed = true;
      fail2(new UsageError(error.code === "ENOENT" ? `command not found: ${file}` : `could not start ${file}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      if (killer) clearTimeout(killer);
      process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
      if (how === "exited" && !failed) {
        stopped = `the command exited with status ${code ?? signal} after ${elapsed().toFixed(1)} s of the ${durationS} s soak`;
      }
      setImmediate(() => {
        if (!failed) done({ how, code: code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGINT" ? 2 : 15), samples, stopped });
      });
    });
    function stop(target, signal) {
      if (target.pid === void 0 || target.exitCode !== null || target.signalCode !== null) return;
      for (const pid of processTree(target.pid).reverse()) {
        try {
          process.kill(pid, signal);
        } catch {
        }
      }
      if (signal === "SIGTERM") killer ??= setTimeout(() => stop(target, "SIGKILL"), GRACE_SECONDS * 1e3);
    }
  });
}
function collectorSoaking(snapshotDir) {
  return existsSync2(snapshotDir) && readdirSync3(snapshotDir).some((name) => name.startsWith(SOAKING_PREFIX) || name.endsWith(".json"));
}
function clearSoakingMarks(snapshotDir) {
  if (!existsSync2(snapshotDir)) return;
  for (const name of readdirSync3(snapshotDir)) if (name.startsWith(SOAKING_PREFIX)) rmSync(join5(snapshotDir, name), { force: true });
}
function snapshotsIn(snapshotDir) {
  return existsSync2(snapshotDir) && readdirSync3(snapshotDir).some((name) => name.endsWith(".json"));
}

// src/service/cli.ts
var DEFAULT_DB = "memleak.sqlite";
var DEFAULT_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
var DEFAULT_OIDC_AUDIENCE = "memleak-action";
function port(value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError("expected a port number (0-65535)");
  return number;
}
function positiveInteger(value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("expected a positive integer");
  return number;
}
var ownerPattern = new RegExp(repoParams.properties.owner.pattern);
var repoPattern = new RegExp(repoParams.properties.repo.pattern);
function repositoryName(value) {
  const [owner = "", repo = "", ...rest] = value.split("/");
  if (rest.length || !ownerPattern.test(owner) || !repoPattern.test(repo)) throw new InvalidArgumentError("expected owner/name");
  return value;
}
var flag = (value) => /^(1|true|yes|on)$/i.test(value ?? "");
var dbOption = () => new Option("--db <url>", "postgres://\u2026 or a SQLite file path").env("DATABASE_URL").default(DEFAULT_DB);
function fail(message) {
  process.stderr.write(`memleak: ${message}
`);
  process.exitCode = 1;
}
async function withStorage(url, work) {
  let storage;
  try {
    const { openStorage } = await import("./cli-chunks/storage-MQXPX4IM.js");
    storage = await openStorage(url);
    await storage.migrate();
    await work(storage);
  } catch (error) {
    fail(error.message);
  } finally {
    await storage?.close();
  }
}
function registerServiceCommands(program3) {
  program3.command("serve").description("run the baseline service and dashboard").addOption(new Option("--port <n>", "port to listen on").env("PORT").argParser(port).default(8080)).addOption(new Option("--host <address>", "interface to listen on").env("HOST").default("127.0.0.1")).addOption(dbOption()).addHelpText(
    "after",
    `
Environment:
  MEMLEAK_OIDC_ISSUER            OIDC issuer of write tokens (default ${DEFAULT_OIDC_ISSUER})
  MEMLEAK_OIDC_AUDIENCE          audience the tokens must carry (default ${DEFAULT_OIDC_AUDIENCE})
  MEMLEAK_PUBLIC_READS           true: anyone may read baselines and the dashboard (default false)
  MEMLEAK_MERGE_GROUP_BASELINES  true: merge-queue runs for the default branch are baselines (default false)
  MEMLEAK_GITHUB_URL             base of commit and run links (default https://github.com)
  MEMLEAK_BODY_LIMIT_BYTES       largest request body (default ${DEFAULT_BODY_LIMIT_BYTES})
  MEMLEAK_LOG_LEVEL              debug, info, warn or error (default info)
  MEMLEAK_DB_POOL_SIZE           PostgreSQL connections (default 10)`
  ).action(async (options) => {
    try {
      const { startService } = await import("./cli-chunks/service-TET2S7GG.js");
      const service = await startService({
        port: options.port,
        host: options.host,
        db: options.db,
        oidcIssuer: process.env.MEMLEAK_OIDC_ISSUER || DEFAULT_OIDC_ISSUER,
        oidcAudience: process.env.MEMLEAK_OIDC_AUDIENCE || DEFAULT_OIDC_AUDIENCE,
        publicReads: flag(process.env.MEMLEAK_PUBLIC_READS),
        mergeGroupBaselines: flag(process.env.MEMLEAK_MERGE_GROUP_BASELINES),
        githubUrl: process.env.MEMLEAK_GITHUB_URL || void 0,
        bodyLimitBytes: process.env.MEMLEAK_BODY_LIMIT_BYTES ? positiveInteger(process.env.MEMLEAK_BODY_LIMIT_BYTES) : DEFAULT_BODY_LIMIT_BYTES,
        logger: { level: process.env.MEMLEAK_LOG_LEVEL || "info" }
      });
      console.log(`memleak service listening on ${service.url}`);
      const stop = () => void service.close().then(() => process.exit(0));
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    } catch (error) {
      fail(`serve: ${error.message}`);
    }
  });
  const token = program3.command("token").description("manage project API tokens (one repository each; stored hashed)");
  token.command("create").description("create a token and print it once").requiredOption("--repo <owner/name>", "the repository the token is for", repositoryName).option("--name <label>", "what the token is for", "api").option("--baselines", "let the token's writes to the default branch become baselines (only for CI that is not GitHub Actions, where the token never reaches pull requests)", false).addOption(dbOption()).action(async (options) => {
    await withStorage(options.db, async (storage) => {
      const repository = await storage.upsertRepository(options.repo);
      const secret = generateApiToken();
      const id = await storage.createApiToken({ repositoryId: repository.id, tokenHash: hashApiToken(secret), name: options.name, canWriteBaselines: options.baselines });
      console.error(`token ${id} for ${repository.name} (${options.baselines ? "may write baselines" : "reads and non-baseline writes"}); it is shown only now:`);
      console.log(secret);
    });
  });
  token.command("list").description("list a repository's tokens (never the secrets)").requiredOption("--repo <owner/name>", "the repository", repositoryName).addOption(dbOption()).action(async (options) => {
    await withStorage(options.db, async (storage) => {
      const repository = await storage.findRepository(options.repo);
      for (const t of repository ? await storage.listApiTokens(repository.id) : []) {
        console.log(`${t.id}	${t.name}	${t.canWriteBaselines ? "baselines" : "runs"}	created ${t.createdAt}${t.revokedAt ? `	revoked ${t.revokedAt}` : ""}`);
      }
    });
  });
  token.command("revoke").description("revoke a token by its id").requiredOption("--repo <owner/name>", "the repository", repositoryName).requiredOption("--id <n>", "token id (from token list)", positiveInteger).addOption(dbOption()).action(async (options) => {
    await withStorage(options.db, async (storage) => {
      const repository = await storage.findRepository(options.repo);
      if (!repository || !await storage.revokeApiToken(repository.id, options.id)) throw new Error(`${options.repo} has no active token ${options.id}`);
      console.log(`revoked token ${options.id}`);
    });
  });
  program3.command("repo").description("configure a repository").command("set").description("set the default branch: only pushes to it become baselines (GitHub OIDC tokens do not carry it; default main)").argument("<owner/name>", "the repository", repositoryName).requiredOption("--default-branch <branch>", "the default branch").addOption(dbOption()).action(async (name, options) => {
    await withStorage(options.db, async (storage) => {
      const repository = await storage.upsertRepository(name);
      await storage.setDefaultBranch(repository.id, options.defaultBranch);
      console.log(`${repository.name}: default branch ${options.defaultBranch}`);
    });
  });
}

// src/cli/index.ts
var program2 = new Command("memleak").description("Catch memory leaks in tests and name the line that leaks.").version(TOOL_VERSION).showHelpAfterError("(run memleak --help for usage)").exitOverride();
registerRun(program2);
registerAnalyze(program2);
registerCompare(program2);
registerJudge(program2);
registerAb(program2);
registerSoak(program2);
registerServiceCommands(program2);
try {
  await program2.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.pass : EXIT.usage;
  } else if (error instanceof UsageError || error instanceof RangeError) {
    process.stderr.write(`memleak: ${error.message}
`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`memleak: unexpected failure: ${error instanceof Error ? error.message : String(error)}
`);
    if (process.env.MEMLEAK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
    process.exitCode = EXIT.usage;
  }
}
