// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, fireEvent } from '@testing-library/react';
import { Checkboxes } from '../../src/components/checkboxes';
import type { ComponentFixture } from '../../src/components/component-fixture';
import { DateInput, type DateParts } from '../../src/components/date-input';
import { ErrorSummary } from '../../src/components/error-summary';
import { TextInput } from '../../src/components/text-input';
import { Textarea } from '../../src/components/textarea';
import { LinkedText } from '../../src/components/linked-text';
import { renderWithApp } from '../setup/render';
import appUpdate from '../../src/locales/en/app-update.json';
import common from '../../src/locales/en/common.json';
import practice from '../../src/locales/en/practice.json';
import { axeViolations } from '../setup/axe';
import { COMPONENT_FIXTURES, FIXTURE_CATALOGUES } from '../setup/component-fixtures';

/**
 * What a patient notices in each state of each shared component, keyed by the component's
 * fixtures file and the state's name there. A fixture with no check here fails, so a new
 * state cannot be added untested.
 */
// Names of elements that hold visually hidden words ("Change<span> name</span>") are matched
// with \s*: jsdom's name computation drops the space a browser keeps before hidden words.
const CHECKS: Record<string, Record<string, () => void>> = {
  radios: {
    'no answer yet': () => {
      expect(screen.getByRole('group', { name: 'Who is this request for?' })).toBeInTheDocument();
      for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
      expect(screen.getByLabelText('Someone else')).toHaveAccessibleDescription('A child or an adult you care for');
    },
    'an answer chosen': () => {
      expect(screen.getByLabelText('Someone else')).toBeChecked();
      expect(screen.getByLabelText('Me')).not.toBeChecked();
    },
    'a follow-up question revealed': () => {
      expect(screen.getByLabelText('Phone')).toBeChecked();
      expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-controls', 'contact-conditional');
      expect(screen.getByLabelText('Mobile number')).toHaveValue('07700 900123');
    },
    'an error: nothing chosen': () => {
      expect(screen.getByRole('group', { name: 'Who is this request for?' })).toHaveAccessibleDescription('Error: Select who this request is for');
    },
    'the legend as the page heading': () => {
      expect(screen.getByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeInTheDocument();
      expect(screen.getByRole('group', { name: 'What do you need help with?' })).toHaveAccessibleDescription('Choose one');
    },
    'yes or no, side by side': () => {
      expect(screen.getByLabelText('No')).toBeChecked();
      expect(screen.getByLabelText('Yes')).not.toBeChecked();
    },
    'a choice named in its own language': () => {
      // Screen readers say "Cymraeg" with Welsh sounds.
      expect(screen.getByText('Cymraeg')).toHaveAttribute('lang', 'cy');
    },
  },
  checkboxes: {
    'nothing ticked': () => {
      for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
      expect(screen.getByRole('group', { name: 'Do you need any help to talk to us?' })).toHaveAccessibleDescription('Tick all that apply');
      expect(screen.getByLabelText('Large print letters')).toHaveAccessibleDescription('Size 16 or bigger');
    },
    'two ticked': () => {
      expect(screen.getByLabelText('British Sign Language interpreter')).toBeChecked();
      expect(screen.getByLabelText('Large print letters')).toBeChecked();
      expect(screen.getByLabelText('None of these')).not.toBeChecked();
    },
    '"None of these" ticked': () => {
      expect(screen.getByText('or')).toBeInTheDocument();
      expect(screen.getByLabelText('None of these')).toBeChecked();
      expect(screen.getByLabelText('British Sign Language interpreter')).not.toBeChecked();
    },
    'an error: nothing ticked': () => {
      expect(screen.getByRole('group', { name: 'Do you need any help to talk to us?' })).toHaveAccessibleDescription(
        'Error: Tick what help you need, or None of these',
      );
    },
  },
  'date-input': {
    'empty, with a hint': () => {
      expect(screen.getByRole('group', { name: 'What is your date of birth?' })).toHaveAccessibleDescription('For example, 15 3 1984');
      expect(screen.getByLabelText('Day')).toHaveAttribute('autocomplete', 'bday-day');
      expect(screen.getByLabelText('Year')).toHaveValue('');
    },
    'filled in': () => {
      expect(screen.getByLabelText('Day')).toHaveValue('9');
      expect(screen.getByLabelText('Month')).toHaveValue('9');
      expect(screen.getByLabelText('Year')).toHaveValue('1999');
    },
    'an error in the year only': () => {
      expect(screen.getByRole('group', { name: 'What is your date of birth?' })).toHaveAccessibleDescription('Error: Year must be 4 numbers');
      expect(screen.getByLabelText('Year')).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByLabelText('Day')).not.toHaveAttribute('aria-invalid');
      expect(screen.getByLabelText('Month')).not.toHaveAttribute('aria-invalid');
    },
    'an error about the whole date': () => {
      for (const part of ['Day', 'Month', 'Year']) expect(screen.getByLabelText(part)).toHaveAttribute('aria-invalid', 'true');
    },
    'the legend as the page heading': () => {
      expect(screen.getByRole('heading', { level: 1, name: 'When did it start?' })).toBeInTheDocument();
      expect(screen.getByLabelText('Day')).toHaveAttribute('autocomplete', 'off');
    },
  },
  'text-input': {
    empty: () => {
      expect(screen.getByLabelText('Full name')).toHaveValue('');
      expect(screen.getByLabelText('Full name')).not.toHaveAttribute('aria-invalid');
      expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('');
    },
    'with a hint': () => {
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('We only use it to reply to you');
      expect(screen.getByLabelText('Email address')).toHaveAttribute('type', 'email');
    },
    'an error, keeping what was typed': () => {
      const input = screen.getByLabelText('NHS number');
      expect(input).toHaveAttribute('aria-describedby', 'nhs-number-hint nhs-number-error');
      expect(input).toHaveAccessibleDescription('10 numbers Error: Enter a real NHS number');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveValue('123');
      expect(input).toHaveAttribute('dir', 'ltr'); // digits stay in order on right-to-left pages
    },
    'the label as the page heading': () => {
      expect(screen.getByRole('heading', { level: 1, name: 'What is your postcode?' })).toBeInTheDocument();
      expect(screen.getByLabelText('What is your postcode?')).toBeInTheDocument();
    },
  },
  textarea: {
    empty: () => {
      expect(screen.getByLabelText('What is the problem?')).toHaveAccessibleDescription('Say what it is and when it started You can type 500 more characters');
    },
    'one character left': () => {
      expect(screen.getByText('You can type 1 more character')).toBeInTheDocument();
    },
    'over the limit': () => {
      expect(screen.getByText('You have typed 21 characters too many')).toBeInTheDocument();
      expect(screen.getByLabelText('What is the problem?')).toHaveValue('A sore knee since Monday, worse on stairs'); // nothing cut off
    },
    'an error: left empty': () => {
      const box = screen.getByLabelText('What is the problem?');
      expect(box).toHaveAccessibleDescription('Error: Say what the problem is You can type 500 more characters');
      expect(box).toHaveAttribute('aria-invalid', 'true');
    },
  },
  'error-summary': {
    'one error': () => {
      expect(screen.getByLabelText('There is a problem')).toHaveFocus(); // the summary, named by its title
      expect(screen.getByRole('link', { name: 'Enter your full name' })).toHaveAttribute('href', '#name');
    },
    'several errors': () => {
      expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
      expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#name', '#dob', '#phone']);
    },
    'no errors': () => {
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByText('There is a problem')).toBeNull();
    },
  },
  'summary-list': {
    'answers with change links': () => {
      expect(screen.getByRole('link', { name: /^Change\s*name$/ })).toHaveAttribute('href', '/Y99001/request/name');
      expect(screen.getByRole('link', { name: /^Change\s*date of birth$/ })).toHaveAttribute('href', '/Y99001/request/date-of-birth');
    },
    'facts without change links': () => {
      expect(screen.getByText('FD-7K3Q')).toBeInTheDocument();
      expect(screen.queryAllByRole('link')).toHaveLength(0);
    },
    'free text kept as typed': () => {
      // Markup a patient typed shows as the characters they typed, never as HTML.
      expect(screen.getByText('Sore knee Worse on <b>stairs</b>')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /^Change\s*the problem$/ })).toBeInTheDocument();
    },
  },
  'care-card': {
    'non-urgent': () => {
      expect(screen.getByRole('heading', { level: 2, name: /^Non-urgent advice:\s*Ask your pharmacist$/ })).toBeInTheDocument();
    },
    urgent: () => {
      expect(screen.getByRole('heading', { level: 2, name: /^Urgent advice:\s*Call 111 now$/ })).toBeInTheDocument();
    },
    immediate: () => {
      // The urgency is said in words too, not by the red colour alone.
      expect(screen.getByRole('heading', { level: 2, name: /^Immediate action required:\s*Call 999 now$/ })).toBeInTheDocument();
      expect(screen.getByText('Tell them your symptoms.')).toBeInTheDocument();
    },
    'immediate, as the page heading': () => {
      expect(screen.getByRole('heading', { level: 1, name: /^Immediate action required:\s*Go to A&E now$/ })).toHaveAttribute('tabindex', '-1');
    },
  },
  callouts: {
    'a warning callout': () => {
      expect(screen.getByRole('heading', { level: 3, name: 'Important' })).toBeInTheDocument();
      expect(screen.getByText('Do not use this form for a medical emergency.')).toBeInTheDocument();
    },
    'inset text': () => {
      expect(screen.getByTestId('inset')).toHaveTextContent('The practice reads requests between 8am and 6:30pm on weekdays.');
    },
  },
  'back-link': {
    'back to a page': () => {
      expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/Y99001');
    },
    'one step back in history': () => {
      expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    },
  },
  fieldset: {
    'a legend, a hint and its fields': () => {
      expect(screen.getByRole('group', { name: 'What is your address?' })).toHaveAccessibleDescription('Where letters should go');
      expect(screen.getByLabelText('Address line 1')).toHaveValue('1 Example Street');
    },
    'an error for the whole group': () => {
      expect(screen.getByRole('group', { name: 'What is your address?' })).toHaveAccessibleDescription('Error: Enter your town or city');
    },
    'the legend as the page heading': () => {
      expect(screen.getByRole('heading', { level: 1, name: 'What is your address?' })).toBeInTheDocument();
    },
  },
  'emergency-line': {
    'always shown': () => {
      expect(screen.getByRole('region')).toHaveTextContent('In an emergency, call 999. For urgent help, go to 111.nhs.uk or call 111.');
      expect(screen.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
      expect(screen.getByRole('link', { name: '111' })).toHaveAttribute('href', 'tel:111');
      expect(screen.getByRole('link', { name: '111.nhs.uk' })).toHaveAttribute('href', 'https://111.nhs.uk/');
    },
  },
  'update-prompt': {
    'a new version ready': () => {
      expect(screen.getByRole('status')).toHaveTextContent(appUpdate.ready);
      expect(screen.getByRole('button', { name: appUpdate.apply })).toBeInTheDocument();
    },
    'waiting for unsent answers': () => {
      // Nothing reloads a page holding answers, so there is nothing to press.
      expect(screen.getByRole('status')).toHaveTextContent(appUpdate.afterAnswers);
      expect(screen.queryByRole('button')).toBeNull();
    },
    updating: () => {
      expect(screen.getByRole('status')).toHaveTextContent(appUpdate.applying);
    },
  },
  'practice-search-form': {
    empty: () => {
      expect(screen.getByRole('search')).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: practice.find.label })).toHaveAccessibleDescription(practice.find.hint);
      expect(screen.getByRole('button', { name: practice.find.submit })).toBeInTheDocument();
    },
    'a search kept from the address': () => {
      expect(screen.getByRole('searchbox', { name: practice.find.label })).toHaveValue('Riverside');
    },
    'an error: too short': () => {
      const box = screen.getByRole('searchbox', { name: practice.find.label });
      expect(box).toHaveAccessibleDescription(`${practice.find.hint} Error: ${practice.find.errorTooShort}`);
      expect(box).toHaveValue('R'); // what was typed stays
    },
  },
  'qr-code': {
    'a link to carry on on a phone': () => {
      // Drawn on the device; a screen reader hears the link it holds.
      expect(screen.getByRole('img', { name: 'QR code for frontdoor.example/Y99001' })).toHaveAttribute('data-qr-text', 'https://frontdoor.example/Y99001');
    },
  },
  'offline-banner': {
    offline: () => {
      expect(screen.getByRole('status')).toHaveTextContent(`${common.offline.title} ${common.offline.body}`);
    },
  },
};

function renderFixture(fixture: ComponentFixture) {
  return renderWithApp(<main>{fixture.render()}</main>, { extra: FIXTURE_CATALOGUES });
}

describe('shared components, state by state (from each component’s fixtures)', () => {
  it('checks every state of every component that has fixtures', () => {
    expect(COMPONENT_FIXTURES.length).toBeGreaterThanOrEqual(16);
    const listed = COMPONENT_FIXTURES.flatMap(({ component, fixtures }) => fixtures.map((f) => `${component}: ${f.name}`));
    const checked = Object.entries(CHECKS).flatMap(([component, states]) => Object.keys(states).map((name) => `${component}: ${name}`));
    expect(listed.sort()).toEqual(checked.sort());
  });

  for (const { component, fixtures } of COMPONENT_FIXTURES) {
    for (const fixture of fixtures) {
      it(`${component}, ${fixture.name}: shows what a patient needs`, async () => {
        await renderFixture(fixture);
        const check = CHECKS[component]?.[fixture.name];
        expect(check, `add a check for ${component}: ${fixture.name}`).toBeDefined();
        check!();
      });

      // colour-contrast is the one rule off (tests/setup/axe.ts): jsdom computes no layout or
      // colours, so it could only pass blindly; the screenshot run checks contrast in Chromium.
      it(`${component}, ${fixture.name}: has no axe violations`, async () => {
        const { container } = await renderFixture(fixture);
        expect(await axeViolations(container)).toEqual([]);
      });
    }
  }
});

describe('shared components, in use', () => {
  it('the error summary takes focus and its link moves focus to the field', async () => {
    await renderWithApp(
      <>
        <ErrorSummary errors={[{ href: '#name', text: 'Enter your full name' }]} />
        <TextInput id="name" name="name" label="Full name" value="" onChange={() => {}} />
      </>,
    );
    expect(screen.getByLabelText('There is a problem')).toHaveFocus(); // the summary, named by its title
    fireEvent.click(screen.getByRole('link', { name: 'Enter your full name' }));
    expect(screen.getByLabelText('Full name')).toHaveFocus();
  });

  it('the textarea counts characters as people see them (an emoji is one) and never blocks typing', async () => {
    function Harness() {
      const [value, setValue] = useState('');
      return <Textarea id="t" name="t" label="Tell us" value={value} onChange={setValue} maxLength={5} />;
    }
    await renderWithApp(<Harness />);
    const box = screen.getByLabelText('Tell us');
    fireEvent.change(box, { target: { value: 'ab😀' } });
    expect(await screen.findByText('You can type 2 more characters')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'abcdefg' } });
    expect(await screen.findByText('You have typed 2 characters too many')).toBeTruthy();
    expect(box).toHaveProperty('value', 'abcdefg');
  });

  it('an exclusive "None of these" clears the other ticks, and the other way round', async () => {
    function Harness() {
      const [values, setValues] = useState<string[]>(['bsl']);
      return (
        <Checkboxes
          name="n"
          legend="Needs"
          values={values}
          onChange={setValues}
          options={[
            { value: 'bsl', label: 'BSL' },
            { value: 'large', label: 'Large print' },
            { value: 'none', label: 'None of these', exclusive: true },
          ]}
        />
      );
    }
    await renderWithApp(<Harness />);
    fireEvent.click(screen.getByLabelText('Large print'));
    fireEvent.click(screen.getByLabelText('None of these'));
    expect((screen.getByLabelText('BSL') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Large print') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('BSL'));
    expect((screen.getByLabelText('None of these') as HTMLInputElement).checked).toBe(false);
  });

  it('the date input keeps each box and marks only the wrong one', async () => {
    function Harness() {
      const [value, setValue] = useState<DateParts>({ day: '', month: '', year: '' });
      return <DateInput id="dob" legend="Date of birth" value={value} onChange={setValue} error="Year must be a real year" errorFields={['year']} />;
    }
    await renderWithApp(<Harness />);
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '31' } });
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '19x' } });
    expect(screen.getByLabelText('Day')).toHaveProperty('value', '31');
    expect(screen.getByLabelText('Year').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Day')).not.toHaveAttribute('aria-invalid');
  });

  it('linked text renders catalogue markup as links and anything else as plain text', async () => {
    await renderWithApp(
      <p data-testid="linked">
        <LinkedText text={'Call <call>999</call> <img src=x onerror=alert(1)>'} links={{ call: (t) => <a href="tel:999">{t}</a> }} />
      </p>,
    );
    expect(screen.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('linked')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});
