#pragma once

class Clock;
class SessionStore;
class StaffDirectory;
struct ApiRequest;
struct HttpResponse;

// Resolves "Authorization: Bearer <access token>" into the request's Principal.
// Roles are read on every request, so a role taken away applies at once.
class Authenticator
{
public:
    Authenticator(SessionStore &sessions, StaffDirectory &staff, const Clock &clock);

    // true with request.principal set; false with *denied holding the 401.
    bool authenticate(ApiRequest &request, HttpResponse *denied);

private:
    SessionStore &m_sessions;
    StaffDirectory &m_staff;
    const Clock &m_clock;
};
