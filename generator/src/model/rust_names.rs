//! The Rust names the crate gives each tag and operation, decided here once: the renderers
//! and the API diff read them from the model rather than making them again.

use heck::ToKebabCase;

use super::names::{camel_ident, snake_ident};

/// A tag's names in the crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiNames {
    /// The module under `apis`, which is also the accessor on `Client` (may be `r#…`).
    pub module: String,
    /// The struct the accessor returns: `IdentitiesApi`.
    pub api: String,
    /// The cargo feature that compiles the tag's operations: `identity-profiles`.
    pub feature: String,
}

impl ApiNames {
    pub fn of(tag: &str) -> ApiNames {
        ApiNames {
            module: snake_ident(tag),
            api: format!("{}Api", camel_ident(tag)),
            feature: tag
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
                .collect::<String>()
                .to_kebab_case(),
        }
    }
}

/// An operation's names in the crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationNames {
    /// snake_case(operationId), keywords raw: the method on the tag's API struct.
    pub method: String,
    /// UpperCamelCase(operationId): the request builder, and the prefix of the types made for
    /// the operation.
    pub builder: String,
    /// The enum of its error statuses: `ListIdentitiesError`.
    pub error: String,
}

impl OperationNames {
    pub fn of(operation_id: &str) -> OperationNames {
        let builder = camel_ident(operation_id);
        OperationNames {
            method: snake_ident(operation_id),
            error: format!("{builder}Error"),
            builder,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_and_an_operation_get_their_names() {
        let tag = ApiNames::of("Identity Profiles");
        assert_eq!(tag.module, "identity_profiles");
        assert_eq!(tag.api, "IdentityProfilesApi");
        assert_eq!(tag.feature, "identity-profiles");
        let operation = OperationNames::of("listIdentities");
        assert_eq!(operation.method, "list_identities");
        assert_eq!(operation.builder, "ListIdentities");
        assert_eq!(operation.error, "ListIdentitiesError");
    }
}
