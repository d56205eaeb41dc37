//! `OutliersContributingFeatureAccessItemsAccessType`, from `beta/schemas/OutliersContributingFeatureAccessItems.yaml#/properties/accessType`.

/// The type of the access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutliersContributingFeatureAccessItemsAccessType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutliersContributingFeatureAccessItemsAccessType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutliersContributingFeatureAccessItemsAccessType::Entitlement => {
                "ENTITLEMENT"
            }
            OutliersContributingFeatureAccessItemsAccessType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            OutliersContributingFeatureAccessItemsAccessType::Role => "ROLE",
            OutliersContributingFeatureAccessItemsAccessType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutliersContributingFeatureAccessItemsAccessType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => {
                OutliersContributingFeatureAccessItemsAccessType::Entitlement
            }
            "ACCESS_PROFILE" => {
                OutliersContributingFeatureAccessItemsAccessType::AccessProfile
            }
            "ROLE" => OutliersContributingFeatureAccessItemsAccessType::Role,
            other => {
                OutliersContributingFeatureAccessItemsAccessType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(OutliersContributingFeatureAccessItemsAccessType);
