# Installs govm into a scratch prefix and builds samples/embed against it,
# once through find_package(govm) and once through pkg-config, then runs
# the host program (which exits 0 only if everything it tries works).
# Usage: cmake -DBUILD_DIR=<govm build> -DSOURCE_DIR=<govm source> -DWORK_DIR=<scratch> -P embed_package.cmake
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${ARGN}\nfailed (${status}):\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/samples/embed -B ${WORK_DIR}/sample -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/sample)
run(${WORK_DIR}/sample/embed_host)
message(STATUS "find_package build:\n${last_output}")
string(FIND "${last_output}" "stopped: instruction limit exceeded in main.Forever" found)
if(found EQUAL -1)
  message(FATAL_ERROR "unexpected output from embed_host")
endif()

set(ENV{PKG_CONFIG_PATH} ${prefix}/lib/pkgconfig)
run(pkg-config --cflags --libs govm)
string(STRIP "${last_output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run(c++ -O1 -DSCRIPT_PATH="${SOURCE_DIR}/samples/embed/script.go" ${SOURCE_DIR}/samples/embed/main.cpp ${flags}
    -o ${WORK_DIR}/embed_host_pc)
run(${WORK_DIR}/embed_host_pc)
message(STATUS "pkg-config build:\n${last_output}")
