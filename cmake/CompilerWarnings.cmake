option(SECURECONTEXT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

# Strict warnings and hardening flags for the project's own targets only, so that
# third-party headers included as system headers stay quiet.
function(securecontext_target_defaults target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(SECURECONTEXT_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual
            -Wformat=2 -Wimplicit-fallthrough
            -fstack-protector-strong)
        if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
            target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
        endif()
        if(SECURECONTEXT_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        if(SECURECONTEXT_SANITIZE)
            target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
            target_link_options(${target} PUBLIC -fsanitize=address,undefined)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
endfunction()
