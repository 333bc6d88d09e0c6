/**
 * A chart on the page as a standalone picture: its title, its legend and its plot redrawn into
 * one SVG document with every style written inline (the page's stylesheet does not travel with
 * a file), and the same SVG painted onto a canvas for PNG. Reads the DOM; nothing here computes
 * chart geometry.
 */

import { approxTextWidth, wrapText } from '../charts/geometry/scales';

/** Style properties that decide how SVG content looks, copied from the computed style. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Copies computed styles of `source` and its descendants onto the parallel nodes of `target`. */
function inlineStyles(source: Element, target: Element): void {
	const style = getComputedStyle(source);
	const declarations = STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`);
	target.setAttribute('style', declarations.join(';'));
	const from = source.children;
	const to = target.children;
	for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

function svgText(x: number, y: number, text: string, size: number, weight = 400): SVGTextElement {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute('style', `font:${weight} ${size}px ${FONT};fill:#1f2937`);
	node.textContent = text;
	return node;
}

/** The picture of the chart inside `frame` (a `figure.chart-frame`), as SVG text. */
export function chartSvg(frame: Element): { svg: string; width: number; height: number } {
	const plot = frame.querySelector<SVGSVGElement>('.plot > svg, .plot svg');
	if (!plot) throw new Error('This chart has nothing drawn yet.');
	const box = plot.getBoundingClientRect();
	const plotWidth = Math.ceil(box.width);
	const plotHeight = Math.ceil(box.height);
	const pad = 16;
	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	let y = pad;
	// The title, wrapped to the plot's width.
	const title = frame.querySelector('.chart-title')?.textContent?.trim() ?? '';
	for (const line of wrapText(title, plotWidth, 15, 4)) {
		y += 19;
		out.append(svgText(pad, y, line, 15, 600));
	}
	y += 8;
	// Legend entries (list items, or a colour scale) in wrapping rows: glyphs and words in order.
	const lineHeight = 20;
	let x = pad;
	/** The right edge of the widest legend row (a colour scale may reach past the plot). */
	let right = pad + plotWidth;
	const items = Array.from(frame.querySelectorAll('.legend li, .scale'));
	if (items.length > 0) y += lineHeight - 6;
	for (const item of items) {
		const parts = Array.from(item.childNodes).flatMap((node): (SVGSVGElement | string)[] => {
			if (node instanceof SVGSVGElement) return [node];
			const text = node.textContent?.trim() ?? '';
			return text ? [text] : [];
		});
		const width = parts.reduce(
			(w, part) =>
				w +
				(typeof part === 'string'
					? approxTextWidth(part, 12)
					: part.getBoundingClientRect().width) +
				6,
			0
		);
		if (x > pad && x + width > pad + plotWidth) {
			x = pad;
			y += lineHeight;
		}
		let tallest = 0;
		for (const part of parts) {
			if (typeof part === 'string') {
				out.append(svgText(x, y, part, 12));
				x += approxTextWidth(part, 12) + 6;
			} else {
				const glyph = part.getBoundingClientRect();
				const copy = part.cloneNode(true) as SVGSVGElement;
				inlineStyles(part, copy);
				copy.setAttribute('x', String(x));
				copy.setAttribute('y', String(y - 10));
				out.append(copy);
				x += glyph.width + 6;
				tallest = Math.max(tallest, glyph.height);
			}
		}
		if (tallest > 14) y += tallest - 14;
		right = Math.max(right, x);
		x += 10;
	}
	y += 10;
	const copy = plot.cloneNode(true) as SVGSVGElement;
	inlineStyles(plot, copy);
	copy.removeAttribute('role');
	copy.removeAttribute('tabindex');
	copy.setAttribute('x', String(pad));
	copy.setAttribute('y', String(y));
	copy.setAttribute('width', String(plotWidth));
	copy.setAttribute('height', String(plotHeight));
	copy.setAttribute('overflow', 'visible');
	out.append(copy);
	y += plotHeight;
	// The visible note under the chart, if any (what the colours or the scale mean).
	const caption = frame.querySelector('.chart-caption')?.textContent?.trim() ?? '';
	for (const line of caption ? wrapText(caption, plotWidth, 12, 4) : []) {
		y += 16;
		out.append(svgText(pad, y, line, 12));
	}
	const width = Math.ceil(right + pad);
	const height = Math.ceil(y + pad);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	out.prepend(background);
	return {
		svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`,
		width,
		height
	};
}

/** The same picture as a PNG at `scale` device pixels per CSS pixel. */
export async function chartPng(frame: Element, scale = 2): Promise<Blob> {
	const { svg, width, height } = chartSvg(frame);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw pictures (no canvas).');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('No PNG was made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
