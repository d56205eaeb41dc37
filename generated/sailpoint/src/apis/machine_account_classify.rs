//! The Machine Account Classify API.

use crate::models;

/// The Machine Account Classify operations: get them from [`Client::machine_account_classify`](crate::Client::machine_account_classify).
#[derive(Debug, Clone, Copy)]
pub struct MachineAccountClassifyApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Account Classify operations.
    #[inline]
    pub fn machine_account_classify(&self) -> MachineAccountClassifyApi<'_> {
        MachineAccountClassifyApi {
            client: self,
        }
    }
}

impl<'a> MachineAccountClassifyApi<'a> {
    /// Classify single machine account
    ///
    /// Use this API to classify a single machine account.
    /// A token with API, ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /accounts/v1/{id}/classify` (`sendClassifyMachineAccountV1`)
    #[inline]
    pub fn send_classify_machine_account_v1(
        &self,
        id: impl Into<String>,
    ) -> SendClassifyMachineAccountV1 {
        SendClassifyMachineAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            classification_mode: None,
        }
    }
}

/// The error statuses of [`MachineAccountClassifyApi::send_classify_machine_account_v1`](MachineAccountClassifyApi::send_classify_machine_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendClassifyMachineAccountV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountClassifyApi::send_classify_machine_account_v1`](MachineAccountClassifyApi::send_classify_machine_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendClassifyMachineAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    classification_mode: Option<models::SendClassifyMachineAccountV1ClassificationMode>,
}

impl SendClassifyMachineAccountV1 {
    /// Specifies how the accounts should be classified.
    ///    default - uses criteria to classify account as machine or human, excludes accounts that were manually classified.
    ///    ignoreManual - like default, but includes accounts that were manually classified.
    ///    forceMachine - forces account to be classified as machine.
    ///    forceHuman - forces account to be classified as human.
    ///
    /// The server's default: `"default"`.
    #[inline]
    pub fn classification_mode(
        mut self,
        classification_mode: models::SendClassifyMachineAccountV1ClassificationMode,
    ) -> Self {
        self.classification_mode = Some(classification_mode);
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

    /// Sends the request: `POST /accounts/v1/{id}/classify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SendClassifyMachineAccountV1200Response,
            crate::SdkError<SendClassifyMachineAccountV1Error>,
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
            crate::Response<models::SendClassifyMachineAccountV1200Response>,
            crate::SdkError<SendClassifyMachineAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendClassifyMachineAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/classify",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.classification_mode {
                    query.push(("classificationMode", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
