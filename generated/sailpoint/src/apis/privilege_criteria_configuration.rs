//! Use this API to manage the configuration of privilege criteria.
//!
//! **globalPrivilegeLevelEnabled**: Boolean flag indicating whether privilege classification is enabled.
//!
//!
//! **privilegeClassificationMode**: Enum specifying the mode (CRITERIA_PRIVILEGE_LEVEL, SINGLE_PRIVILEGE_LEVEL) to use for privilege classification. CRITERIA_PRIVILEGE_LEVEL mode uses criteria to determine privilege levels, while SINGLE_PRIVILEGE_LEVEL assigns the same privilege level to all enititlements based on the value of singlePrivilegeLevel.privilegeLevel.
//!
//!
//! **singlePrivilegeLevel.privilegeLevel**: Enum specifying the privilege level (HIGH, MEDIUM, LOW) to assign to all privileges when the privilege classification mode is SINGLE_PRIVILEGE_LEVEL.
//!
//!
//! **criteriaPrivilegeLevel.connectorHighEnabled**: Boolean flag indicating whether HIGH level connector criteria is used for privilege classification.
//!
//!
//! **criteriaPrivilegeLevel.connectorMediumEnabled**: Boolean flag indicating whether MEDIUM level connector criteria is used for privilege classification.
//!
//!
//! **criteriaPrivilegeLevel.connectorLowEnabled**: Boolean flag indicating whether LOW level connector criteria is used for privilege classification.
//!
//!
//! **criteriaPrivilegeLevel.customHighEnabled**: Boolean flag indicating whether HIGH level custom criteria is used for privilege classification.
//!
//!
//! **criteriaPrivilegeLevel.customMediumEnabled**: Boolean flag indicating whether MEDIUM level custom criteria is used for privilege classification.
//!
//!
//! **criteriaPrivilegeLevel.customLowEnabled**: Boolean flag indicating whether LOW level custom criteria is used for privilege classification.

use crate::models;

/// The Privilege Criteria Configuration operations: get them from [`Client::privilege_criteria_configuration`](crate::Client::privilege_criteria_configuration).
#[derive(Debug, Clone, Copy)]
pub struct PrivilegeCriteriaConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Privilege Criteria Configuration operations.
    #[inline]
    pub fn privilege_criteria_configuration(
        &self,
    ) -> PrivilegeCriteriaConfigurationApi<'_> {
        PrivilegeCriteriaConfigurationApi {
            client: self,
        }
    }
}

impl<'a> PrivilegeCriteriaConfigurationApi<'a> {
    /// Get privilege criteria config
    ///
    /// Use this API to get the privilege criteria configuration by Id.
    ///
    /// `GET /criteria-config/v1/privilege/{criteriaConfigId}` (`getPrivilegeCriteriaConfigV1`)
    #[inline]
    pub fn get_privilege_criteria_config_v1(
        &self,
        criteria_config_id: impl Into<String>,
    ) -> GetPrivilegeCriteriaConfigV1 {
        GetPrivilegeCriteriaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            criteria_config_id: criteria_config_id.into(),
        }
    }

    /// Update privilege criteria configuration
    ///
    /// Use this API to update the privilege criteria configuration.
    ///
    /// `PATCH /criteria-config/v1/privilege/{criteriaConfigId}` (`patchPrivilegeCriteriaConfigV1`)
    #[inline]
    pub fn patch_privilege_criteria_config_v1(
        &self,
        criteria_config_id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchPrivilegeCriteriaConfigV1 {
        PatchPrivilegeCriteriaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            criteria_config_id: criteria_config_id.into(),
            body,
        }
    }

    /// List privilege criteria config
    ///
    /// Use this API to list the privilege criteria configuration.
    ///
    /// `GET /criteria-config/v1/privilege` (`listPrivilegeCriteriaConfigV1`)
    #[inline]
    pub fn list_privilege_criteria_config_v1(
        &self,
        filters: impl Into<String>,
    ) -> ListPrivilegeCriteriaConfigV1 {
        ListPrivilegeCriteriaConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: filters.into(),
        }
    }
}

/// The error statuses of [`PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPrivilegeCriteriaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPrivilegeCriteriaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    criteria_config_id: String,
}

impl GetPrivilegeCriteriaConfigV1 {
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

    /// Sends the request: `GET /criteria-config/v1/privilege/{criteriaConfigId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Privilegecriteriaconfigdto,
            crate::SdkError<GetPrivilegeCriteriaConfigV1Error>,
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
            crate::Response<models::Privilegecriteriaconfigdto>,
            crate::SdkError<GetPrivilegeCriteriaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPrivilegeCriteriaConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/criteria-config/v1/privilege/",
                    &crate::request::path_segment(&self.criteria_config_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchPrivilegeCriteriaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPrivilegeCriteriaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    criteria_config_id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchPrivilegeCriteriaConfigV1 {
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

    /// Sends the request: `PATCH /criteria-config/v1/privilege/{criteriaConfigId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Privilegecriteriaconfigdto,
            crate::SdkError<PatchPrivilegeCriteriaConfigV1Error>,
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
            crate::Response<models::Privilegecriteriaconfigdto>,
            crate::SdkError<PatchPrivilegeCriteriaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchPrivilegeCriteriaConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/criteria-config/v1/privilege/",
                    &crate::request::path_segment(&self.criteria_config_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "patchPrivilegeCriteriaConfigV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListPrivilegeCriteriaConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config_v1`](PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPrivilegeCriteriaConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: String,
}

impl ListPrivilegeCriteriaConfigV1 {
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

    /// Sends the request: `GET /criteria-config/v1/privilege`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Privilegecriteriaconfigdto>,
            crate::SdkError<ListPrivilegeCriteriaConfigV1Error>,
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
            crate::Response<Vec<models::Privilegecriteriaconfigdto>>,
            crate::SdkError<ListPrivilegeCriteriaConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPrivilegeCriteriaConfigV1",
            self.options,
            move |client| {
                let path = "/criteria-config/v1/privilege";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.filters;
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
