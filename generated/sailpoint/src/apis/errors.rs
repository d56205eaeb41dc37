//! The error types that several operations share: those that declare the same error statuses
//! with the same bodies. Each operation names its own with an alias in its API module, so code
//! that matches on an operation's errors reads the same whether its type is shared or not.

/// The errors of the operations that declare the statuses 400, 401, 403, 404, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `ListAccessModelMetadataAttributeV1Error`.
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "iai-outliers",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "role-propagation",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "tenant-context",
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
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "iai-outliers",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "role-propagation",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "tenant-context",
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
/// Each of them names it with an alias of its own, such as `CreateAccessModelMetadataAttributeV1Error`.
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
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-activations",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "shared-signals-framework-ssf",
        feature = "sod-policies",
        feature = "source-usages",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "tenant-context",
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
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
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
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-activations",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "shared-signals-framework-ssf",
        feature = "sod-policies",
        feature = "source-usages",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "tenant-context",
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

/// The errors of the operations that declare the statuses 400, 403, 404 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetCustomPasswordInstructionsV1Error`.
#[cfg(feature = "custom-password-instructions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_403_404_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::Errorresponsedto),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
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

/// The errors of the operations that declare the statuses 400, 401, 403, 404, 412, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `ListEntitlementConnectionsV1Error`.
#[cfg(feature = "entitlement-connections")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_404_412_429_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 412: Precondition Failed.
    PreconditionFailed(crate::models::ApisError412Response),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(feature = "entitlement-connections")]
impl crate::OperationError for Errors400_401_403_404_412_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_404_412_429_500::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    Errors400_401_403_404_412_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_404_412_429_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    Errors400_401_403_404_412_429_500::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                412 if !empty => {
                    Errors400_401_403_404_412_429_500::PreconditionFailed(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    Errors400_401_403_404_412_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors400_401_403_404_412_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_404_412_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_404_412_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 401, 403 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetCommonAccessV1Error`.
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
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
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

/// The errors of the operations that declare the statuses 400, 401, 403, 404 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `CreatePotentialRoleProvisionRequestV1Error`.
#[cfg(any(feature = "iai-role-mining", feature = "identity-history"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_404_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "iai-role-mining", feature = "identity-history"))]
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

/// The errors of the operations that declare the statuses 400, 401, 403, 404, 409, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `DeleteParameterV1Error`.
#[cfg(feature = "parameter-storage")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_401_403_404_409_429_500 {
    /// 400: Bad Request.
    BadRequest(crate::models::Errorresponsedto),
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 409: Conflict.
    Conflict(crate::models::ApisError409Response),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(feature = "parameter-storage")]
impl crate::OperationError for Errors400_401_403_404_409_429_500 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_401_403_404_409_429_500::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    Errors400_401_403_404_409_429_500::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    Errors400_401_403_404_409_429_500::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    Errors400_401_403_404_409_429_500::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                409 if !empty => {
                    Errors400_401_403_404_409_429_500::Conflict(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    Errors400_401_403_404_409_429_500::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    Errors400_401_403_404_409_429_500::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => Errors400_401_403_404_409_429_500::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_401_403_404_409_429_500::Other
    }
}

/// The errors of the operations that declare the statuses 400, 403 and 404, each with the same body.
/// Each of them names it with an alias of its own, such as `UnsubscribeScheduledSearchV1Error`.
#[cfg(any(feature = "scheduled-search", feature = "work-items"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400_403_404 {
    /// 400: Bad Request.
    BadRequest(crate::models::Errorresponsedto),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "scheduled-search", feature = "work-items"))]
impl crate::OperationError for Errors400_403_404 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400_403_404::BadRequest(crate::request::decode_body(body)?)
                }
                403 if !empty => {
                    Errors400_403_404::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    Errors400_403_404::NotFound(crate::request::decode_body(body)?)
                }
                _ => Errors400_403_404::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400_403_404::Other
    }
}

/// The errors of the operations that declare the statuses 401, 403, 404, 429 and 500, each with the same body.
/// Each of them names it with an alias of its own, such as `GetSingleSearchAttributeConfigV1Error`.
#[cfg(any(feature = "search-attribute-configuration", feature = "work-items"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors401_403_404_429_500 {
    /// 401: Unauthorized.
    Unauthorized(crate::models::Error401Response),
    /// 403: Forbidden.
    Forbidden(crate::models::Errorresponsedto),
    /// 404: Not Found.
    NotFound(crate::models::Errorresponsedto),
    /// 429: Too Many Requests.
    TooManyRequests(crate::models::Error429Response),
    /// 500: Internal Server Error.
    InternalServerError(crate::models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "search-attribute-configuration", feature = "work-items"))]
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
