// The host boxes: three faces (+x, +y, +z) of the unit box, each turned to whichever side of the box
// faces the camera, so a host costs 12 vertices and 6 triangles instead of 24 and 12 (the other
// half would only be culled, after llvmpipe has already paid for them). Then, as in
// scene_box.vert, a face a neighbour covers (INSTANCE_DATA.x: +x 1, -x 2, +y 4, -y 8, +z 16,
// -z 32) collapses to a point: in a full rack that leaves one face per host.
VARYING vec3 vColor;

void MAIN()
{
    // Which side of the box the camera is on, along each of the box's own axes.
    vec3 toCamera = CAMERA_POSITION - INSTANCE_MODEL_MATRIX[3].xyz;
    bool flip;
    int face;
    vec3 v = VERTEX;
    if (NORMAL.x > 0.5) {
        flip = dot(INSTANCE_MODEL_MATRIX[0].xyz, toCamera) < 0.0;
        face = flip ? 2 : 1;
        if (flip) v = vec3(-v.x, v.y, -v.z);  // half a turn about y: the -x face, wound outwards
    } else if (NORMAL.y > 0.5) {
        flip = dot(INSTANCE_MODEL_MATRIX[1].xyz, toCamera) < 0.0;
        face = flip ? 8 : 4;
        if (flip) v = vec3(-v.x, -v.y, v.z);  // half a turn about z
    } else {
        flip = dot(INSTANCE_MODEL_MATRIX[2].xyz, toCamera) < 0.0;
        face = flip ? 32 : 16;
        if (flip) v = vec3(-v.x, v.y, -v.z);  // half a turn about y
    }
    int hidden = int(INSTANCE_DATA.x + 0.5);
    if ((hidden & face) != 0)
        v = vec3(0.0);
    float shade = face == 16 ? 1.0 : (face == 4 ? 0.88 : (face == 32 ? 0.66 : (face == 8 ? 0.5 : 0.76)));
    vColor = INSTANCE_COLOR.rgb * shade;
    POSITION = INSTANCE_MODELVIEWPROJECTION_MATRIX * vec4(v, 1.0);
}
