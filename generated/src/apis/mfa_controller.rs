//! This API used for multifactor authentication functionality belong to gov-multi-auth service. This controller allow you to verify authentication by specified method

use crate::models;

/// The MFA Controller operations: get them from [`Client::mfa_controller`](crate::Client::mfa_controller).
#[derive(Debug, Clone, Copy)]
pub struct MfaControllerApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The MFA Controller operations.
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
    pub fn send_okta_verify_request(
        &self,
        okta_verification_request: models::OktaVerificationRequest,
    ) -> SendOktaVerifyRequest<'a> {
        SendOktaVerifyRequest {
            client: self.client,
            okta_verification_request,
        }
    }

    /// Verifying authentication via duo method
    ///
    /// This API Authenticates the user via Duo-Web MFA method.
    ///
    /// `POST /mfa/duo-web/verify` (`sendDuoVerifyRequest`)
    pub fn send_duo_verify_request(
        &self,
        duo_verification_request: models::DuoVerificationRequest,
    ) -> SendDuoVerifyRequest<'a> {
        SendDuoVerifyRequest {
            client: self.client,
            duo_verification_request,
        }
    }

    /// Polling mfa method by verificationpollrequest
    ///
    /// This API poll the VerificationPollRequest for the specified MFA method.
    ///
    /// `POST /mfa/{method}/poll` (`pingVerificationStatus`)
    pub fn ping_verification_status(
        &self,
        method: models::PingVerificationStatusMethod,
        verification_poll_request: models::VerificationPollRequest,
    ) -> PingVerificationStatus<'a> {
        PingVerificationStatus {
            client: self.client,
            method,
            verification_poll_request,
        }
    }

    /// Authenticate kba provided mfa method
    ///
    /// This API Authenticate user in KBA MFA method.
    ///
    /// `POST /mfa/kba/authenticate` (`sendKbaAnswers`)
    pub fn send_kba_answers(
        &self,
        kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
    ) -> SendKbaAnswers<'a> {
        SendKbaAnswers {
            client: self.client,
            kba_answer_request_item,
        }
    }

    /// Authenticate token provided mfa method
    ///
    /// This API Authenticate user in Token MFA method.
    ///
    /// `POST /mfa/token/authenticate` (`sendTokenAuthRequest`)
    pub fn send_token_auth_request(
        &self,
        token_auth_request: models::TokenAuthRequest,
    ) -> SendTokenAuthRequest<'a> {
        SendTokenAuthRequest {
            client: self.client,
            token_auth_request,
        }
    }

    /// Create and send user token
    ///
    /// This API send token request.
    ///
    /// `POST /mfa/token/send` (`createSendToken`)
    pub fn create_send_token(
        &self,
        send_token_request: models::SendTokenRequest,
    ) -> CreateSendToken<'a> {
        CreateSendToken {
            client: self.client,
            send_token_request,
        }
    }
}

/// The request of [`MfaControllerApi::send_okta_verify_request`](MfaControllerApi::send_okta_verify_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendOktaVerifyRequest<'a> {
    client: &'a crate::Client,
    okta_verification_request: models::OktaVerificationRequest,
}

impl SendOktaVerifyRequest<'_> {
    /// Sends the request: `POST /mfa/okta-verify/verify`.
    pub async fn send(self) -> Result<models::VerificationResponse, crate::Error> {
        let path = "/mfa/okta-verify/verify";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.okta_verification_request;
            request = crate::request::with_json(
                "sendOktaVerifyRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("sendOktaVerifyRequest", request).await?;
        crate::request::json("sendOktaVerifyRequest", response).await
    }
}

/// The request of [`MfaControllerApi::send_duo_verify_request`](MfaControllerApi::send_duo_verify_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendDuoVerifyRequest<'a> {
    client: &'a crate::Client,
    duo_verification_request: models::DuoVerificationRequest,
}

impl SendDuoVerifyRequest<'_> {
    /// Sends the request: `POST /mfa/duo-web/verify`.
    pub async fn send(self) -> Result<models::VerificationResponse, crate::Error> {
        let path = "/mfa/duo-web/verify";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.duo_verification_request;
            request = crate::request::with_json(
                "sendDuoVerifyRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("sendDuoVerifyRequest", request).await?;
        crate::request::json("sendDuoVerifyRequest", response).await
    }
}

/// The request of [`MfaControllerApi::ping_verification_status`](MfaControllerApi::ping_verification_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PingVerificationStatus<'a> {
    client: &'a crate::Client,
    method: models::PingVerificationStatusMethod,
    verification_poll_request: models::VerificationPollRequest,
}

impl PingVerificationStatus<'_> {
    /// Sends the request: `POST /mfa/{method}/poll`.
    pub async fn send(self) -> Result<models::VerificationResponse, crate::Error> {
        let path = [
            "/mfa/",
            &crate::request::path_segment(self.method.as_str()),
            "/poll",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.verification_poll_request;
            request = crate::request::with_json(
                "pingVerificationStatus",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("pingVerificationStatus", request).await?;
        crate::request::json("pingVerificationStatus", response).await
    }
}

/// The request of [`MfaControllerApi::send_kba_answers`](MfaControllerApi::send_kba_answers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendKbaAnswers<'a> {
    client: &'a crate::Client,
    kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
}

impl SendKbaAnswers<'_> {
    /// Sends the request: `POST /mfa/kba/authenticate`.
    pub async fn send(self) -> Result<models::KbaAuthResponse, crate::Error> {
        let path = "/mfa/kba/authenticate";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.kba_answer_request_item;
            request = crate::request::with_json(
                "sendKbaAnswers",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("sendKbaAnswers", request).await?;
        crate::request::json("sendKbaAnswers", response).await
    }
}

/// The request of [`MfaControllerApi::send_token_auth_request`](MfaControllerApi::send_token_auth_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendTokenAuthRequest<'a> {
    client: &'a crate::Client,
    token_auth_request: models::TokenAuthRequest,
}

impl SendTokenAuthRequest<'_> {
    /// Sends the request: `POST /mfa/token/authenticate`.
    pub async fn send(self) -> Result<models::TokenAuthResponse, crate::Error> {
        let path = "/mfa/token/authenticate";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.token_auth_request;
            request = crate::request::with_json(
                "sendTokenAuthRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("sendTokenAuthRequest", request).await?;
        crate::request::json("sendTokenAuthRequest", response).await
    }
}

/// The request of [`MfaControllerApi::create_send_token`](MfaControllerApi::create_send_token): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSendToken<'a> {
    client: &'a crate::Client,
    send_token_request: models::SendTokenRequest,
}

impl CreateSendToken<'_> {
    /// Sends the request: `POST /mfa/token/send`.
    pub async fn send(self) -> Result<models::SendTokenResponse, crate::Error> {
        let path = "/mfa/token/send";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.send_token_request;
            request = crate::request::with_json(
                "createSendToken",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createSendToken", request).await?;
        crate::request::json("createSendToken", response).await
    }
}
