//! `DeployresponseType`, from `apis/configuration-hub/schemas/deployresponse.yaml#/properties/type`.

/// Type of the job, will always be CONFIG_DEPLOY_DRAFT for this type of job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeployresponseType {
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeployresponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeployresponseType::ConfigDeployDraft => "CONFIG_DEPLOY_DRAFT",
            DeployresponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeployresponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIG_DEPLOY_DRAFT" => DeployresponseType::ConfigDeployDraft,
            other => DeployresponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeployresponseType);
