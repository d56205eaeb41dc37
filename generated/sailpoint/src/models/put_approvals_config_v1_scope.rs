//! `PutApprovalsConfigV1Scope`, from `apis/approvals/paths/generic-approvals-v1-config-by-id-by-scope.yaml#/put/parameters/1/schema`.

/// `PutApprovalsConfigV1Scope` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PutApprovalsConfigV1Scope {
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

impl PutApprovalsConfigV1Scope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PutApprovalsConfigV1Scope::DomainObject => "DOMAIN_OBJECT",
            PutApprovalsConfigV1Scope::Account => "ACCOUNT",
            PutApprovalsConfigV1Scope::Role => "ROLE",
            PutApprovalsConfigV1Scope::AccessProfile => "ACCESS_PROFILE",
            PutApprovalsConfigV1Scope::Entitlement => "ENTITLEMENT",
            PutApprovalsConfigV1Scope::ApprovalType => "APPROVAL_TYPE",
            PutApprovalsConfigV1Scope::Tenant => "TENANT",
            PutApprovalsConfigV1Scope::Unknown(value) => value,
        }
    }
}

impl From<&str> for PutApprovalsConfigV1Scope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DOMAIN_OBJECT" => PutApprovalsConfigV1Scope::DomainObject,
            "ACCOUNT" => PutApprovalsConfigV1Scope::Account,
            "ROLE" => PutApprovalsConfigV1Scope::Role,
            "ACCESS_PROFILE" => PutApprovalsConfigV1Scope::AccessProfile,
            "ENTITLEMENT" => PutApprovalsConfigV1Scope::Entitlement,
            "APPROVAL_TYPE" => PutApprovalsConfigV1Scope::ApprovalType,
            "TENANT" => PutApprovalsConfigV1Scope::Tenant,
            other => PutApprovalsConfigV1Scope::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PutApprovalsConfigV1Scope);
