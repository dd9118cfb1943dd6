# scene_frames: frame times of the 3D rack scene, and of a naive instanced-cube scene (run under
# Xvfb; bench/README.md). A plain program: no Google Benchmark needed.
add_executable(scene_frames scene_frames.cpp)
target_link_libraries(scene_frames PRIVATE mirrorstage_scene mirrorstage_sceneplugin Qt6::Quick Qt6::Quick3D)
target_compile_definitions(scene_frames PRIVATE ${MIRRORSTAGE_STRICT_STRINGS})
qt_add_resources(scene_frames scene_frames_naive PREFIX /bench FILES scene_frames_naive.qml)
