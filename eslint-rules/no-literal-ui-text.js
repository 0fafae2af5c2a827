// Every word a patient reads comes from the translation catalogues. This flags words
// written straight into JSX text or into attributes people read (alt, title, labels).
const READ_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label', 'aria-description', 'label']);
const HAS_WORDS = /\p{L}{2,}/u;

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text must come from the translation catalogues' },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        if (HAS_WORDS.test(node.value)) {
          context.report({ node, message: `Put "${node.value.trim()}" in a translation catalogue and use t().` });
        }
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        const value =
          node.value.type === 'Literal'
            ? node.value.value
            : node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal'
              ? node.value.expression.value
              : null;
        if (typeof value === 'string' && HAS_WORDS.test(value)) {
          context.report({ node, message: `The ${name} "${value}" is read by people: put it in a translation catalogue.` });
        }
      },
    };
  },
};
