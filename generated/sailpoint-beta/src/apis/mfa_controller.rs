//! This API used for multifactor authentication functionality belong to gov-multi-auth service. This controller allow you to verify authentication by specified method

use crate::models;

/// The MFA Controller operations: get them from [`Client::mfa_controller`](crate::Client::mfa_controller).
#[derive(Debug, Clone, Copy)]
pub struct MfaControllerApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The MFA Controller operations.
    #[inline]
    pub fn mfa_controller(&self) -> MfaControllerApi<'_> {
        MfaControllerApi { client: self }
    }
}

impl<'a> MfaControllerApi<'a> {
    /// Verifying authentication via okta method
    ///
    /// This API Authenticates the user via Okta-Verify MFA method. Request requires a header called 'slpt-forwarding', and it must contain a remote IP Address of caller.
    ///
    /// `POST /mfa/okta-verify/verify` (`sendOktaVerifyRequest`)
    #[inline]
    pub fn send_okta_verify_request(
        &self,
        okta_verification_request: models::OktaVerificationRequest,
    ) -> SendOktaVerifyRequest {
        SendOktaVerifyRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            okta_verification_request,
        }
    }

    /// Verifying authentication via duo method
    ///
    /// This API Authenticates the user via Duo-Web MFA method.
    ///
    /// `POST /mfa/duo-web/verify` (`sendDuoVerifyRequest`)
    #[inline]
    pub fn send_duo_verify_request(
        &self,
        duo_verification_request: models::DuoVerificationRequest,
    ) -> SendDuoVerifyRequest {
        SendDuoVerifyRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            duo_verification_request,
        }
    }

    /// Polling mfa method by verificationpollrequest
    ///
    /// This API poll the VerificationPollRequest for the specified MFA method.
    ///
    /// `POST /mfa/{method}/poll` (`pingVerificationStatus`)
    #[inline]
    pub fn ping_verification_status(
        &self,
        method: models::PingVerificationStatusMethod,
        verification_poll_request: models::VerificationPollRequest,
    ) -> PingVerificationStatus {
        PingVerificationStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            method,
            verification_poll_request,
        }
    }

    /// Authenticate kba provided mfa method
    ///
    /// This API Authenticate user in KBA MFA method.
    ///
    /// `POST /mfa/kba/authenticate` (`sendKbaAnswers`)
    #[inline]
    pub fn send_kba_answers(
        &self,
        kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
    ) -> SendKbaAnswers {
        SendKbaAnswers {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            kba_answer_request_item,
        }
    }

    /// Authenticate token provided mfa method
    ///
    /// This API Authenticate user in Token MFA method.
    ///
    /// `POST /mfa/token/authenticate` (`sendTokenAuthRequest`)
    #[inline]
    pub fn send_token_auth_request(
        &self,
        token_auth_request: models::TokenAuthRequest,
    ) -> SendTokenAuthRequest {
        SendTokenAuthRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            token_auth_request,
        }
    }

    /// Create and send user token
    ///
    /// This API send token request.
    ///
    /// `POST /mfa/token/send` (`createSendToken`)
    #[inline]
    pub fn create_send_token(
        &self,
        send_token_request: models::SendTokenRequest,
    ) -> CreateSendToken {
        CreateSendToken {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            send_token_request,
        }
    }
}

/// The error statuses of [`MfaControllerApi::send_okta_verify_request`](MfaControllerApi::send_okta_verify_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendOktaVerifyRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::send_okta_verify_request`](MfaControllerApi::send_okta_verify_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendOktaVerifyRequest {
    client: crate::Client,
    options: crate::request::Options,
    okta_verification_request: models::OktaVerificationRequest,
}

impl SendOktaVerifyRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/okta-verify/verify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::VerificationResponse,
            crate::SdkError<SendOktaVerifyRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::VerificationResponse>,
            crate::SdkError<SendOktaVerifyRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendOktaVerifyRequest",
            self.options,
            move |client| {
                let path = "/mfa/okta-verify/verify";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.okta_verification_request;
                    request = crate::request::with_json(
                        "sendOktaVerifyRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaControllerApi::send_duo_verify_request`](MfaControllerApi::send_duo_verify_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendDuoVerifyRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::send_duo_verify_request`](MfaControllerApi::send_duo_verify_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendDuoVerifyRequest {
    client: crate::Client,
    options: crate::request::Options,
    duo_verification_request: models::DuoVerificationRequest,
}

impl SendDuoVerifyRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/duo-web/verify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::VerificationResponse,
            crate::SdkError<SendDuoVerifyRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::VerificationResponse>,
            crate::SdkError<SendDuoVerifyRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendDuoVerifyRequest",
            self.options,
            move |client| {
                let path = "/mfa/duo-web/verify";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.duo_verification_request;
                    request = crate::request::with_json(
                        "sendDuoVerifyRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaControllerApi::ping_verification_status`](MfaControllerApi::ping_verification_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PingVerificationStatusError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::ping_verification_status`](MfaControllerApi::ping_verification_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PingVerificationStatus {
    client: crate::Client,
    options: crate::request::Options,
    method: models::PingVerificationStatusMethod,
    verification_poll_request: models::VerificationPollRequest,
}

impl PingVerificationStatus {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/{method}/poll`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::VerificationResponse,
            crate::SdkError<PingVerificationStatusError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::VerificationResponse>,
            crate::SdkError<PingVerificationStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "pingVerificationStatus",
            self.options,
            move |client| {
                let path = [
                    "/mfa/",
                    &crate::request::path_segment(self.method.as_str()),
                    "/poll",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.verification_poll_request;
                    request = crate::request::with_json(
                        "pingVerificationStatus",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaControllerApi::send_kba_answers`](MfaControllerApi::send_kba_answers), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendKbaAnswersError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::send_kba_answers`](MfaControllerApi::send_kba_answers): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendKbaAnswers {
    client: crate::Client,
    options: crate::request::Options,
    kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
}

impl SendKbaAnswers {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/kba/authenticate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::KbaAuthResponse, crate::SdkError<SendKbaAnswersError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::KbaAuthResponse>,
            crate::SdkError<SendKbaAnswersError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendKbaAnswers",
            self.options,
            move |client| {
                let path = "/mfa/kba/authenticate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.kba_answer_request_item;
                    request = crate::request::with_json(
                        "sendKbaAnswers",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaControllerApi::send_token_auth_request`](MfaControllerApi::send_token_auth_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendTokenAuthRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::send_token_auth_request`](MfaControllerApi::send_token_auth_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendTokenAuthRequest {
    client: crate::Client,
    options: crate::request::Options,
    token_auth_request: models::TokenAuthRequest,
}

impl SendTokenAuthRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/token/authenticate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TokenAuthResponse,
            crate::SdkError<SendTokenAuthRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::TokenAuthResponse>,
            crate::SdkError<SendTokenAuthRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendTokenAuthRequest",
            self.options,
            move |client| {
                let path = "/mfa/token/authenticate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.token_auth_request;
                    request = crate::request::with_json(
                        "sendTokenAuthRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaControllerApi::create_send_token`](MfaControllerApi::create_send_token), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSendTokenError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaControllerApi::create_send_token`](MfaControllerApi::create_send_token): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSendToken {
    client: crate::Client,
    options: crate::request::Options,
    send_token_request: models::SendTokenRequest,
}

impl CreateSendToken {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /mfa/token/send`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SendTokenResponse, crate::SdkError<CreateSendTokenError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::SendTokenResponse>,
            crate::SdkError<CreateSendTokenError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSendToken",
            self.options,
            move |client| {
                let path = "/mfa/token/send";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.send_token_request;
                    request = crate::request::with_json(
                        "createSendToken",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}
