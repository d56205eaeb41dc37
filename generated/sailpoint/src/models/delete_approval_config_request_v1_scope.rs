//! `DeleteApprovalConfigRequestV1Scope`, from `apis/approvals/paths/generic-approvals-v1-config-by-id-by-scope.yaml#/delete/parameters/1/schema`.

/// `DeleteApprovalConfigRequestV1Scope` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteApprovalConfigRequestV1Scope {
    /// `DOMAIN_OBJECT`
    DomainObject,
    /// `ACCOUNT`
    Account,
    /// `ROLE`
    Role,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// `APPROVAL_TYPE`
    ApprovalType,
    /// `TENANT`
    Tenant,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteApprovalConfigRequestV1Scope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteApprovalConfigRequestV1Scope::DomainObject => "DOMAIN_OBJECT",
            DeleteApprovalConfigRequestV1Scope::Account => "ACCOUNT",
            DeleteApprovalConfigRequestV1Scope::Role => "ROLE",
            DeleteApprovalConfigRequestV1Scope::AccessProfile => "ACCESS_PROFILE",
            DeleteApprovalConfigRequestV1Scope::Entitlement => "ENTITLEMENT",
            DeleteApprovalConfigRequestV1Scope::ApprovalType => "APPROVAL_TYPE",
            DeleteApprovalConfigRequestV1Scope::Tenant => "TENANT",
            DeleteApprovalConfigRequestV1Scope::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteApprovalConfigRequestV1Scope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DOMAIN_OBJECT" => DeleteApprovalConfigRequestV1Scope::DomainObject,
            "ACCOUNT" => DeleteApprovalConfigRequestV1Scope::Account,
            "ROLE" => DeleteApprovalConfigRequestV1Scope::Role,
            "ACCESS_PROFILE" => DeleteApprovalConfigRequestV1Scope::AccessProfile,
            "ENTITLEMENT" => DeleteApprovalConfigRequestV1Scope::Entitlement,
            "APPROVAL_TYPE" => DeleteApprovalConfigRequestV1Scope::ApprovalType,
            "TENANT" => DeleteApprovalConfigRequestV1Scope::Tenant,
            other => DeleteApprovalConfigRequestV1Scope::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteApprovalConfigRequestV1Scope);
