// The scene's box material, for every opaque instanced box (hosts, rack frames and shells, link
// lines). Unlit: a face's shade comes from its direction, so boxes read as boxes for the price of a
// flat colour. INSTANCE_DATA.x carries bits of faces a neighbour covers (+x 1, -x 2, +y 4, -y 8,
// +z 16, -z 32, as FleetScene computes them): those faces collapse to a point and cost the
// rasteriser nothing; with llvmpipe that halves the frame time of a full rack.
VARYING vec3 vColor;

void MAIN()
{
    int hidden = int(INSTANCE_DATA.x + 0.5);
    int face = NORMAL.x > 0.5 ? 1 : (NORMAL.x < -0.5 ? 2 : (NORMAL.y > 0.5 ? 4 : (NORMAL.y < -0.5 ? 8 : (NORMAL.z > 0.5 ? 16 : 32))));
    if ((hidden & face) != 0)
        VERTEX = vec3(0.0);
    float shade = face == 16 ? 1.0 : (face == 4 ? 0.88 : (face == 32 ? 0.66 : (face == 8 ? 0.5 : 0.76)));
    vColor = INSTANCE_COLOR.rgb * shade;
    POSITION = INSTANCE_MODELVIEWPROJECTION_MATRIX * vec4(VERTEX, 1.0);
}
