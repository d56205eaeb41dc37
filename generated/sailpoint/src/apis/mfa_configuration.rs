//! Configure and test multifactor authentication (MFA) methods

use crate::models;

/// The MFA Configuration operations: get them from [`Client::mfa_configuration`](crate::Client::mfa_configuration).
#[derive(Debug, Clone, Copy)]
pub struct MfaConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The MFA Configuration operations.
    #[inline]
    pub fn mfa_configuration(&self) -> MfaConfigurationApi<'_> {
        MfaConfigurationApi {
            client: self,
        }
    }
}

impl<'a> MfaConfigurationApi<'a> {
    /// Configuration of okta mfa method
    ///
    /// This API returns the configuration of an Okta MFA method.
    ///
    /// `GET /mfa/v1/okta-verify/config` (`getMFAOktaConfigV1`)
    #[inline]
    pub fn get_mfa_okta_config_v1(&self) -> GetMfaOktaConfigV1 {
        GetMfaOktaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set okta mfa configuration
    ///
    /// This API sets the configuration of an Okta MFA method.
    ///
    /// `PUT /mfa/v1/okta-verify/config` (`setMFAOktaConfigV1`)
    #[inline]
    pub fn set_mfa_okta_config_v1(
        &self,
        mfaoktaconfig: models::Mfaoktaconfig,
    ) -> SetMfaOktaConfigV1 {
        SetMfaOktaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            mfaoktaconfig,
        }
    }

    /// Configuration of duo mfa method
    ///
    /// This API returns the configuration of an Duo MFA method.
    ///
    /// `GET /mfa/v1/duo-web/config` (`getMFADuoConfigV1`)
    #[inline]
    pub fn get_mfa_duo_config_v1(&self) -> GetMfaDuoConfigV1 {
        GetMfaDuoConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set duo mfa configuration
    ///
    /// This API sets the configuration of an Duo MFA method.
    ///
    /// `PUT /mfa/v1/duo-web/config` (`setMFADuoConfigV1`)
    #[inline]
    pub fn set_mfa_duo_config_v1(
        &self,
        mfaduoconfig: models::Mfaduoconfig,
    ) -> SetMfaDuoConfigV1 {
        SetMfaDuoConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            mfaduoconfig,
        }
    }

    /// Configuration of kba mfa method
    ///
    /// This API returns the KBA configuration for MFA.
    ///
    /// `GET /mfa/v1/kba/config` (`getMFAKbaConfigV1`)
    #[inline]
    pub fn get_mfa_kba_config_v1(&self) -> GetMfaKbaConfigV1 {
        GetMfaKbaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            all_languages: None,
        }
    }

    /// Set mfa kba configuration
    ///
    /// This API sets answers to challenge questions.  Any configured questions omitted from the request are removed from user KBA configuration.
    ///
    /// `POST /mfa/v1/kba/config/answers` (`setMFAKBAConfigV1`)
    #[inline]
    pub fn set_mfakba_config_v1(
        &self,
        kbaanswerrequestitem: Vec<models::Kbaanswerrequestitem>,
    ) -> SetMfakbaConfigV1 {
        SetMfakbaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            kbaanswerrequestitem,
        }
    }

    /// Mfa method's test configuration
    ///
    /// This API validates that the configuration is valid and will properly authenticate with the MFA provider identified by the method path parameter.
    ///
    /// `GET /mfa/v1/{method}/test` (`testMFAConfigV1`)
    #[inline]
    pub fn test_mfa_config_v1(
        &self,
        method: models::TestMfaConfigV1Method,
    ) -> TestMfaConfigV1 {
        TestMfaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            method,
        }
    }
}

/// The error statuses of [`MfaConfigurationApi::get_mfa_okta_config_v1`](MfaConfigurationApi::get_mfa_okta_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaOktaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_okta_config_v1`](MfaConfigurationApi::get_mfa_okta_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaOktaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMfaOktaConfigV1 {
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

    /// Sends the request: `GET /mfa/v1/okta-verify/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Mfaoktaconfig, crate::SdkError<GetMfaOktaConfigV1Error>>,
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
            crate::Response<models::Mfaoktaconfig>,
            crate::SdkError<GetMfaOktaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFAOktaConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/okta-verify/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfa_okta_config_v1`](MfaConfigurationApi::set_mfa_okta_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfaOktaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfa_okta_config_v1`](MfaConfigurationApi::set_mfa_okta_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfaOktaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    mfaoktaconfig: models::Mfaoktaconfig,
}

impl SetMfaOktaConfigV1 {
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

    /// Sends the request: `PUT /mfa/v1/okta-verify/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Mfaoktaconfig, crate::SdkError<SetMfaOktaConfigV1Error>>,
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
            crate::Response<models::Mfaoktaconfig>,
            crate::SdkError<SetMfaOktaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFAOktaConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/okta-verify/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.mfaoktaconfig;
                    request = crate::request::with_json(
                        "setMFAOktaConfigV1",
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

/// The error statuses of [`MfaConfigurationApi::get_mfa_duo_config_v1`](MfaConfigurationApi::get_mfa_duo_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaDuoConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_duo_config_v1`](MfaConfigurationApi::get_mfa_duo_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaDuoConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMfaDuoConfigV1 {
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

    /// Sends the request: `GET /mfa/v1/duo-web/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Mfaduoconfig, crate::SdkError<GetMfaDuoConfigV1Error>>,
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
            crate::Response<models::Mfaduoconfig>,
            crate::SdkError<GetMfaDuoConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFADuoConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/duo-web/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfa_duo_config_v1`](MfaConfigurationApi::set_mfa_duo_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfaDuoConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfa_duo_config_v1`](MfaConfigurationApi::set_mfa_duo_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfaDuoConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    mfaduoconfig: models::Mfaduoconfig,
}

impl SetMfaDuoConfigV1 {
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

    /// Sends the request: `PUT /mfa/v1/duo-web/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Mfaduoconfig, crate::SdkError<SetMfaDuoConfigV1Error>>,
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
            crate::Response<models::Mfaduoconfig>,
            crate::SdkError<SetMfaDuoConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFADuoConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/duo-web/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.mfaduoconfig;
                    request = crate::request::with_json(
                        "setMFADuoConfigV1",
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

/// The error statuses of [`MfaConfigurationApi::get_mfa_kba_config_v1`](MfaConfigurationApi::get_mfa_kba_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaKbaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_kba_config_v1`](MfaConfigurationApi::get_mfa_kba_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaKbaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    all_languages: Option<bool>,
}

impl GetMfaKbaConfigV1 {
    /// Indicator whether the question text should be returned in all configured languages
    ///    * If true, the question text is returned in all languages that it is configured in.
    ///    * If false, the question text is returned in the user locale if available, else for the default locale.
    ///    * If not passed, it behaves the same way as passing this parameter as false
    #[inline]
    pub fn all_languages(mut self, all_languages: bool) -> Self {
        self.all_languages = Some(all_languages);
        self
    }

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

    /// Sends the request: `GET /mfa/v1/kba/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Kbaquestion>,
            crate::SdkError<GetMfaKbaConfigV1Error>,
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
            crate::Response<Vec<models::Kbaquestion>>,
            crate::SdkError<GetMfaKbaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFAKbaConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/kba/config";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.all_languages {
                    query.push(("allLanguages", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfakba_config_v1`](MfaConfigurationApi::set_mfakba_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfakbaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfakba_config_v1`](MfaConfigurationApi::set_mfakba_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfakbaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    kbaanswerrequestitem: Vec<models::Kbaanswerrequestitem>,
}

impl SetMfakbaConfigV1 {
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

    /// Sends the request: `POST /mfa/v1/kba/config/answers`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Kbaanswerresponseitem>,
            crate::SdkError<SetMfakbaConfigV1Error>,
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
            crate::Response<Vec<models::Kbaanswerresponseitem>>,
            crate::SdkError<SetMfakbaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFAKBAConfigV1",
            self.options,
            move |client| {
                let path = "/mfa/v1/kba/config/answers";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.kbaanswerrequestitem;
                    request = crate::request::with_json(
                        "setMFAKBAConfigV1",
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

/// The error statuses of [`MfaConfigurationApi::test_mfa_config_v1`](MfaConfigurationApi::test_mfa_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type TestMfaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::test_mfa_config_v1`](MfaConfigurationApi::test_mfa_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestMfaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    method: models::TestMfaConfigV1Method,
}

impl TestMfaConfigV1 {
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

    /// Sends the request: `GET /mfa/v1/{method}/test`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Mfaconfigtestresponse,
            crate::SdkError<TestMfaConfigV1Error>,
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
            crate::Response<models::Mfaconfigtestresponse>,
            crate::SdkError<TestMfaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testMFAConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/mfa/v1/",
                    &crate::request::path_segment(self.method.as_str()),
                    "/test",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
