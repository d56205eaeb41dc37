//! `OutlierscontributingfeatureaccessitemsAccessType`, from `apis/iai-outliers/schemas/outlierscontributingfeatureaccessitems.yaml#/properties/accessType`.

/// The type of the access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierscontributingfeatureaccessitemsAccessType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierscontributingfeatureaccessitemsAccessType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierscontributingfeatureaccessitemsAccessType::Entitlement => {
                "ENTITLEMENT"
            }
            OutlierscontributingfeatureaccessitemsAccessType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            OutlierscontributingfeatureaccessitemsAccessType::Role => "ROLE",
            OutlierscontributingfeatureaccessitemsAccessType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierscontributingfeatureaccessitemsAccessType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => {
                OutlierscontributingfeatureaccessitemsAccessType::Entitlement
            }
            "ACCESS_PROFILE" => {
                OutlierscontributingfeatureaccessitemsAccessType::AccessProfile
            }
            "ROLE" => OutlierscontributingfeatureaccessitemsAccessType::Role,
            other => {
                OutlierscontributingfeatureaccessitemsAccessType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(OutlierscontributingfeatureaccessitemsAccessType);
