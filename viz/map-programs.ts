/**
 * The map's WebGL programs, with map.ts the only modules that import Sigma (STYLE §12, split for
 * size): the node program (one point sprite per node, a disc and its ring) and the edge program,
 * both drawing only what the level of detail (lod.ts) shows at the camera's ratio.
 */
import type Sigma from "sigma";
import { EdgeLineProgram, NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import type { EdgeAttrs, NodeAttrs } from "./graph.ts";
import { DEFAULT_LOD, LodSlots } from "./lod.ts";

const MAX_RATIO = DEFAULT_LOD.maxRatio;

/** Sigma's own test for "the view is moving" (its render uses it to hide edges on move). */
function moving(sigma: Sigma<NodeAttrs, EdgeAttrs>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || !!mouse.currentWheelDirection;
}

// ---------- the node program ----------
// Every node is one point sprite: a disc in its fill colour with a ring in its `borderColor` (the
// concept type's colour; papers' ring is their fill, so they read as plain discs). Sigma's triangle
// programs draw ~5× slower than points in software WebGL (headless Chromium's SwiftShader), which
// decides the first paint of an arXiv-sized map. The shaders follow sigma's NodePointProgram.

const RING_RATIO = 0.28;
const NODE_VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ring;
attribute vec2 a_position;
attribute float a_size;
attribute float a_lod;
uniform float u_ratio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;
varying vec4 v_color;
varying vec4 v_ring;
varying float v_border;
const float bias = 255.0 / 254.0;
void main() {
  // Level of detail (lod.ts): a node not drawn at this zoom is moved out of the clip space with no
  // size, so neither the picture nor the picking pass rasterises it.
  bool drawn = u_ratio <= a_lod;
  gl_Position = drawn ? vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1) : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = drawn ? a_size / u_sizeRatio * u_pixelRatio * 2.0 : 0.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_ring = a_id;
  #else
  v_color = a_color;
  v_ring = a_ring;
  #endif
  v_color.a *= bias;
  v_ring.a *= bias;
}`;
const NODE_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec4 v_ring;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  float r = length(gl_PointCoord - vec2(0.5, 0.5));
  float dist = 0.5 - r;
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_border ? v_color : transparent;
  #else
  vec4 inside = r > 0.5 * (1.0 - ${RING_RATIO.toFixed(3)}) ? v_ring : v_color;
  float t = dist > v_border ? 1.0 : (dist > 0.0 ? dist / v_border : 0.0);
  gl_FragColor = mix(transparent, inside, t);
  #endif
}`;
const NODE_UNIFORMS = ["u_ratio", "u_sizeRatio", "u_pixelRatio", "u_matrix"] as const;
type NodeUniform = (typeof NODE_UNIFORMS)[number];

export class RingNodeProgram extends NodeProgram<NodeUniform, NodeAttrs, EdgeAttrs> {
  /** Each buffer slot's level of detail: only the slots drawn at the camera's ratio are drawn. */
  private readonly slots = new LodSlots();
  private ratio = MAX_RATIO;
  /** Nodes sent to the GPU in the last draw (for tests and the curious). */
  drawn = 0;

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    this.slots.reset(capacity);
  }

  override process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
    this.slots.set(offset, data.hidden ? null : ((data as { lod?: number }).lod ?? MAX_RATIO));
    super.process(nodeIndex, offset, data);
  }

  /**
   * While the camera moves, the picking pass (what hover and click read) is skipped: nothing is
   * hovered mid-move (map.ts), and without a GPU it costs a good share of each frame. The frame
   * after the move ends draws it again (map.ts schedules one).
   */
  override render(params: RenderParams): void {
    const picking = this.pickProgram;
    if (picking && moving(this.renderer)) this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = picking;
    }
  }

  override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    const first = this.slots.firstDrawn(this.ratio);
    this.drawn = this.verticesCount - first;
    gl.drawArrays(method, first, this.drawn);
  }

  getDefinition() {
    const { UNSIGNED_BYTE, FLOAT, POINTS } = WebGLRenderingContext;
    return {
      VERTICES: 1,
      VERTEX_SHADER_SOURCE: NODE_VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: NODE_FRAGMENT_SHADER,
      METHOD: POINTS,
      UNIFORMS: NODE_UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_lod", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_ring", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, start: number, data: NodeDisplayData): void {
    const extra = data as NodeDisplayData & { borderColor?: string; lod?: number };
    const a = this.array;
    a[start] = data.x;
    a[start + 1] = data.y;
    a[start + 2] = data.size;
    a[start + 3] = extra.lod ?? MAX_RATIO;
    a[start + 4] = floatColor(data.color);
    a[start + 5] = floatColor(extra.borderColor ?? data.color);
    a[start + 6] = nodeIndex;
  }

  setUniforms(
    { zoomRatio, sizeRatio, pixelRatio, matrix }: RenderParams,
    { gl, uniformLocations }: ProgramInfo<NodeUniform>,
  ): void {
    this.ratio = zoomRatio;
    gl.uniform1f(uniformLocations.u_ratio, zoomRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, pixelRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, matrix);
  }
}

/**
 * Sigma's line program, drawing only the edges the zoom shows: an edge's level of detail is the
 * lesser of its ends' (it shows when both do). The graph holds edges in that order (graph.ts), a
 * focus's edges sort after all others, so what is drawn is one suffix of the buffer.
 */
export class LodEdgeProgram extends EdgeLineProgram<NodeAttrs, EdgeAttrs> {
  private readonly slots = new LodSlots();
  private ratio = MAX_RATIO;

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    this.slots.reset(capacity);
  }

  override process(
    edgeIndex: number,
    offset: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const hidden = data.hidden || source.hidden || target.hidden;
    const lod = (d: NodeDisplayData) => (d as { lod?: number }).lod ?? MAX_RATIO;
    this.slots.set(offset, hidden ? null : Math.min(lod(source), lod(target)));
    super.process(edgeIndex, offset, source, target, data);
  }

  override setUniforms(params: RenderParams, info: ProgramInfo): void {
    this.ratio = params.zoomRatio;
    super.setUniforms(params, info);
  }

  override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    const first = this.slots.firstDrawn(this.ratio);
    gl.drawArrays(method, first * this.VERTICES, this.verticesCount - first * this.VERTICES);
  }
}
