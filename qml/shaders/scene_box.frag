// See scene_box.vert. The colour goes to the screen as the table holds it (sRGB components).
VARYING vec3 vColor;

void MAIN()
{
    FRAGCOLOR = vec4(vColor, 1.0);
}
