# The translations_complete test (tests/ui.cmake): runs lupdate over every
# console source into copies of the .ts files, as `ninja update_translations`
# would, and fails when a message has no finished translation (a new tr()),
# when a committed entry is no longer in the sources (run update_translations),
# or when a translation or plural form is empty.
#
#   cmake -DPROJECT=<.lupdate/…_project.cmake> -DGENERATOR=<GenerateLUpdateProject.cmake>
#         -DLUPDATE=<lupdate> -DOPTIONS=<lupdate options> -DWORK_DIR=<scratch folder>
#         -P check-translations.cmake
foreach(variable PROJECT GENERATOR LUPDATE WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check-translations: -D${variable}=… is required")
    endif()
endforeach()

include(${PROJECT}) # lupdate_project_file, lupdate_include_paths, lupdate_sources, lupdate_translations
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name ${ts} NAME)
    configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()
file(WRITE ${WORK_DIR}/project.cmake
    "set(lupdate_project_file \"${lupdate_project_file}\")\n"
    "set(lupdate_include_paths \"${lupdate_include_paths}\")\n"
    "set(lupdate_sources \"${lupdate_sources}\")\n"
    "set(lupdate_translations \"${copies}\")\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${WORK_DIR}/project.cmake
                        -DOUT_FILE=${WORK_DIR}/project.json -P ${GENERATOR}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "check-translations: the lupdate project could not be written")
endif()
execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json ${OPTIONS}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "check-translations: lupdate failed:\n${output}${errors}")
endif()

set(failures 0)
function(count_matches text pattern out)
    string(REGEX MATCHALL "${pattern}" found "${text}")
    list(LENGTH found n)
    set(${out} ${n} PARENT_SCOPE)
endfunction()

foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name ${ts} NAME)
    file(READ ${ts} committed)
    file(READ ${WORK_DIR}/${name} updated)
    count_matches("${committed}" "<message[ >]" committed_messages)
    count_matches("${updated}" "<message[ >]" updated_messages)
    count_matches("${updated}" "type=\"unfinished\"" unfinished)
    count_matches("${updated}" "type=\"(vanished|obsolete)\"" stale)
    count_matches("${updated}" "<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>" empty)
    if(unfinished GREATER 0)
        string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" new_texts "${updated}")
        list(JOIN new_texts "\n" new_texts)
        string(REGEX REPLACE "<translation type=\"unfinished\"" "" new_texts "${new_texts}")
        message(SEND_ERROR "${name}: ${unfinished} message(s) without a finished translation:\n${new_texts}")
        math(EXPR failures "${failures} + 1")
    endif()
    if(stale GREATER 0 OR committed_messages GREATER updated_messages)
        message(SEND_ERROR "${name}: holds entries no source has any more; run `ninja update_translations`")
        math(EXPR failures "${failures} + 1")
    endif()
    if(empty GREATER 0)
        message(SEND_ERROR "${name}: ${empty} empty translation(s) or plural form(s)")
        math(EXPR failures "${failures} + 1")
    endif()
    message(STATUS "${name}: ${updated_messages} messages, ${unfinished} unfinished, ${stale} stale, ${empty} empty")
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "Translations are incomplete. Add the missing translations to translations/*.ts "
                        "(Qt Linguist, or by hand) after `ninja update_translations`.")
endif()
