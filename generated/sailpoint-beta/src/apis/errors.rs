//! The error types that several operations share: those that declare the same error statuses
//! with the same bodies. Each operation names its own with an alias in its API module, so code
//! that matches on an operation's errors reads the same whether its type is shared or not.

/// The errors of the operations that declare the statuses 400, 401, 403, 404, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `ListAccessModelMetadataAttributeError`.
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-activities",
        feature = "accounts",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "iai-outliers",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-dictionary",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_404_429_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::V3ErrorResponseDto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 404: Not Found.
    NotFound(crate::models::V3ErrorResponseDto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-activities",
        feature = "accounts",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "iai-outliers",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-dictionary",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
impl crate::OperationError for Errors400_401_403_404_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_404_429_500::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    Errors400_401_403_404_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_404_429_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    Errors400_401_403_404_429_500::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    Errors400_401_403_404_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors400_401_403_404_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_404_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_404_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 401, 403, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `CreateAccessModelMetadataAttributeError`.
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "sod-policies",
        feature = "source-usages",
        feature = "sources",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "triggers",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_429_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::V3ErrorResponseDto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "sod-policies",
        feature = "source-usages",
        feature = "sources",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "triggers",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
impl crate::OperationError for Errors400_401_403_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_429_500::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    Errors400_401_403_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_429_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    Errors400_401_403_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors400_401_403_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 401, 403, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `ListPendingApprovalsError`.
#[cfg(any(feature = "access-request-approvals", feature = "notifications"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors401_403_429_500 {
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "access-request-approvals", feature = "notifications"))]
impl crate::OperationError for Errors401_403_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                401 if !empty => {
                    Errors401_403_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors401_403_429_500::Forbidden(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    Errors401_403_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors401_403_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors401_403_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors401_403_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 401, 403, 404, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetSingleSearchAttributeConfigError`.
#[cfg(
    any(
        feature = "account-aggregations",
        feature = "search-attribute-configuration",
        feature = "sources"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors401_403_404_429_500 {
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 404: Not Found.
    NotFound(crate::models::V3ErrorResponseDto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "account-aggregations",
        feature = "search-attribute-configuration",
        feature = "sources"
    )
)]
impl crate::OperationError for Errors401_403_404_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                401 if !empty => {
                    Errors401_403_404_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors401_403_404_429_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    Errors401_403_404_429_500::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    Errors401_403_404_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors401_403_404_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors401_403_404_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors401_403_404_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 403, 404 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetCustomPasswordInstructionsError`.
#[cfg(feature = "custom-password-instructions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_403_404_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::V3ErrorResponseDto),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 404: Not Found.
    NotFound(crate::models::V3ErrorResponseDto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(feature = "custom-password-instructions")]
impl crate::OperationError for Errors400_403_404_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_403_404_500::BadRequest(crate::request::decode_body(body)?)
                }
                403 if !empty => {
                    Errors400_403_404_500::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    Errors400_403_404_500::NotFound(crate::request::decode_body(body)?)
                }
                500 if !empty => {
                    Errors400_403_404_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_403_404_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_403_404_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 401, 403, 404 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `ListIdentitySnapshotsError`.
#[cfg(
    any(
        feature = "iai-role-mining",
        feature = "identity-history",
        feature = "password-management"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_404_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::V3ErrorResponseDto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 404: Not Found.
    NotFound(crate::models::V3ErrorResponseDto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "iai-role-mining",
        feature = "identity-history",
        feature = "password-management"
    )
)]
impl crate::OperationError for Errors400_401_403_404_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_404_500::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    Errors400_401_403_404_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_404_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    Errors400_401_403_404_500::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors400_401_403_404_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_404_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_404_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 401, 403 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetCommonAccessError`.
#[cfg(
    any(
        feature = "iai-common-access",
        feature = "iai-role-mining",
        feature = "role-insights"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::V3ErrorResponseDto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::V3ErrorResponseDto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "iai-common-access",
        feature = "iai-role-mining",
        feature = "role-insights"
    )
)]
impl crate::OperationError for Errors400_401_403_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_500::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    Errors400_401_403_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_500::Forbidden(crate::request::decode_body(body)?)
                }
                500 if !empty => {
                    Errors400_401_403_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_500::Other
    }
}
