// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, fireEvent } from '@testing-library/react';
import { Checkboxes } from '../../src/components/checkboxes';
import { DateInput, type DateParts } from '../../src/components/date-input';
import { ErrorSummary } from '../../src/components/error-summary';
import { Radios } from '../../src/components/radios';
import { SummaryList } from '../../src/components/summary-list';
import { CareCard } from '../../src/components/care-card';
import { TextInput } from '../../src/components/text-input';
import { Textarea } from '../../src/components/textarea';
import { LinkedText } from '../../src/components/linked-text';
import { renderWithApp } from '../setup/render';
import { axeViolations } from '../setup/axe';

/** Each shared component in each of its states, as a patient would meet it. */
const FIXTURES = {
  'text input': <TextInput id="name" name="name" label="Full name" value="" onChange={() => {}} />,
  'text input with hint and error': (
    <TextInput id="nhs" name="nhs" label="NHS number" hint="10 digits" error="Enter a real NHS number" value="123" onChange={() => {}} width="10" />
  ),
  'textarea over its limit': <Textarea id="why" name="why" label="What is the problem?" value={'x'.repeat(12)} maxLength={10} onChange={() => {}} />,
  'radios with a hint and error': (
    <Radios
      name="who"
      legend="Who is this for?"
      error="Select who this is for"
      value={undefined}
      onChange={() => {}}
      options={[
        { value: 'me', label: 'Me' },
        { value: 'other', label: 'Someone else', hint: 'A child or someone you care for' },
      ]}
    />
  ),
  'radios as the page heading': (
    <Radios name="type" legend="What do you need?" legendAsHeading value="medical" onChange={() => {}} options={[{ value: 'medical', label: 'Medical help' }]} />
  ),
  checkboxes: (
    <Checkboxes
      name="needs"
      legend="Do you need any help?"
      values={['bsl']}
      onChange={() => {}}
      options={[
        { value: 'bsl', label: 'British Sign Language' },
        { value: 'none', label: 'None of these', exclusive: true },
      ]}
    />
  ),
  'date input with an error': (
    <DateInput id="dob" legend="Date of birth" error="Date of birth must be in the past" errorFields={['year']} value={{ day: '1', month: '2', year: '2999' }} onChange={() => {}} />
  ),
  'error summary': <ErrorSummary errors={[{ href: '#name', text: 'Enter your full name' }]} />,
  'summary list with change links': (
    <SummaryList rows={[{ key: 'Name', value: 'Sam Example', change: { to: '/x', hiddenLabel: 'name' } }, { key: 'Reference', value: 'FD-123' }]} />
  ),
  'care card, immediate': (
    <CareCard level="immediate" heading="Call 999 now">
      <p>Tell them your symptoms.</p>
    </CareCard>
  ),
};

describe('shared components', () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    it(`${name} has no axe violations`, async () => {
      const { container } = await renderWithApp(<main>{fixture}</main>);
      expect(await axeViolations(container)).toEqual([]);
    });
  }

  it('an error message is tied to its field and says "Error:" to screen readers', async () => {
    await renderWithApp(FIXTURES['text input with hint and error']);
    const input = screen.getByLabelText('NHS number');
    expect(input.getAttribute('aria-describedby')).toBe('nhs-hint nhs-error');
    expect(input).toHaveAccessibleDescription('10 digits Error: Enter a real NHS number');
    expect(input).toHaveProperty('value', '123'); // what was typed stays
  });

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
